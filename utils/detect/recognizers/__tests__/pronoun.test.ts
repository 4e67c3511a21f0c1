import { describe, expect, it } from 'vitest';
import { pronoun } from '../pronoun';
import { found } from './helpers';

describe('pronoun recognizer', () => {
  it.each([
    ['She led the chess club.', ['She']],
    ['He just turned 69; his son called him.', ['He', 'his', 'son', 'him']],
    ['a 53 year old man', ['man']],
    ['This 79 year old female complaining', ['female']],
    ['herself and HIMSELF', ['herself', 'HIMSELF']],
    ['My mother tongued the stamp; Mother: teacher', ['mother', 'Mother']],
    // A gendered noun before "and" and a word that is no gendered noun names a topic, not an organisation.
    ['Courses: Women and Entrepreneurship', ['Women']],
    ['Boys & Girls', ['Boys', 'Girls']],
    // A group's members named by their gender inside its name.
    ['President, Society of Women Engineers (SWE)', ['Women']],
    ['Facilitator, Girls Who Code', ['Girls']],
    ['Activities and societies: GAA Ladies Football Club, Hillwalking Club', ['Ladies']],
    // A sorority or fraternity and the Greek letters that name it.
    ['Member, Kappa Alpha Theta sorority', ['Kappa Alpha Theta', 'sorority']],
    ['Treasurer, Sigma Tau Gamma National Fraternity', ['Sigma Tau Gamma', 'Fraternity']],
  ])('%s', (text, expected) => {
    expect(found(pronoun, text)).toEqual(expected);
  });

  it.each([
    ['The team delivered the project.'],
    ['Chairman of the board'],
    ['History and heritage'],
    ['Mother Teresa School'],
    // A pair of gendered nouns inside an organisation's name.
    ['Program Lead, Boys & Girls Clubs of America'],
    ['Mentor, Big Brothers and Sisters Program'],
    // A ministry's or a club's subject, not its members.
    ['Desk Officer, Ministry of Women Affairs'],
    // A field of medicine or trade named after a possessive ("Women's Health", "Men's Apparel").
    ["Women's Health Nurse Practitioner"],
    ["Buyer, Men's Apparel"],
    // Honour societies named by Greek letters.
    ['Inducted into Phi Beta Kappa and Tau Beta Pi'],
    // Europass's "Mother tongue(s)" label and the Indian resume's "Mother Tongue:" field.
    ['Mother tongue(s)\tFrench'],
    ['mother tongue - Hindi'],
  ])('nothing in %s', (text) => {
    expect(found(pronoun, text)).toEqual([]);
  });
});

describe('pronoun and Spanish "he" (I have)', () => {
  it.each([
    ['Hasta la fecha he formado a diez analistas.'],
    ['He trabajado en proyectos de datos y he sido responsable del equipo.'],
    ['En los últimos años he hecho auditorías y he escrito informes.'],
  ])('no pronoun in %s', (text) => {
    expect(found(pronoun, text)).toEqual([]);
  });

  it.each([
    ['He worked on the data platform.', ['He']],
    ['Since then he led the team. He also mentored interns.', ['he', 'He']],
    ['he visited Toledo; he posted updates', ['he']],
    ['he insisted on a review', ['he']],
  ])('%s', (text, expected) => {
    expect(found(pronoun, text)).toEqual(expected);
  });
});

describe('pronoun: the feminine marker of a birth name', () => {
  it.each([
    ['Elena Ruiz (née Martin)', ['née']],
    ['Elena Ruiz, Née Martin', ['Née']],
    ['ELENA RUIZ (NÉE MARTIN)', ['NÉE']],
  ])('%s', (text, expected) => {
    expect(found(pronoun, text)).toEqual(expected);
  });
  it.each([['Renée Okafor, Chief Engineer'], ['Nee Okafor, Chief Engineer'], ['Née le 3 mars 1990 à Lyon']])(
    'no pronoun in %s',
    (text) => {
      expect(found(pronoun, text)).toEqual([]);
    },
  );
});

describe('pronoun: a stated set of neutral pronouns', () => {
  it.each([
    ['Alex Pryde (they/them) · Leeds', ['they/them']],
    ['Pronouns: xe/xem/xyrs', ['xe/xem/xyrs']],
    ['Sasha Orbel · ze/zir · Product Designer', ['ze/zir']],
    // A gendered pronoun with "they": the whole set.
    ['Riley Ostrow (she/they) leads QA', ['she/they']],
    // "they" in a sentence is no cue.
    ['They shipped the release and/or the hotfix; the team thanked them.', []],
  ])('%j', (text, expected) => {
    expect(found(pronoun, text)).toEqual(expected);
  });
});
