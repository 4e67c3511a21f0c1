import { describe, expect, it } from 'vitest';
import { personal } from '../personal';
import { found } from './helpers';

/** The found texts with their labels. */
function labelled(text: string): string[] {
  return personal
    .analyze(text, { defaultRegion: 'US' })
    .sort((a, b) => a.start - b.start)
    .map((s) => `${text.slice(s.start, s.end)}/${s.label}`);
}

describe('personal recognizer: the personal-details line of European CVs', () => {
  it.each([
    // Nationality and marital adjectives as items of a line with a birth date, an age or a label.
    [
      'Née le 12 mai 1992 à Lyon (32 ans), nationalité française, mariée',
      ['12 mai 1992/AGE', 'Lyon/LOCATION', '32/AGE', 'française/NRP', 'mariée/MARITAL'],
    ],
    [
      'Data de nascimento: 22/09/1989 — 35 anos — Brasileiro, casado',
      ['22/09/1989/AGE', '35/AGE', 'Brasileiro/NRP', 'casado/MARITAL'],
    ],
    [
      'Nata a Bologna il 04/06/1993, 31 anni, nazionalità italiana, nubile',
      ['Bologna/LOCATION', '04/06/1993/AGE', '31/AGE', 'italiana/NRP', 'nubile/MARITAL'],
    ],
    [
      'Fecha de nacimiento: 7 de agosto de 1994 · nacionalidad: colombiana · soltera',
      ['7 de agosto de 1994/AGE', 'colombiana/NRP', 'soltera/MARITAL'],
    ],
    // Two items of different kinds are a personal line without a birth date.
    ['Mexicano, casado, 2 hijos', ['Mexicano/NRP', 'casado/MARITAL', '2 hijos/MARITAL']],
    ['Brasileira | solteira', ['Brasileira/NRP', 'solteira/MARITAL']],
    ['Familienstand: verheiratet, 2 Kinder', ['verheiratet/MARITAL', '2 Kinder/MARITAL']],
    // A languages label ends the personal part of the line.
    ['Nacionalidad: española | Idiomas: español, inglés', ['española/NRP']],
    [
      'geboren am 3. Mai 1990 in Graz, ledig, österreichisch',
      ['3. Mai 1990/AGE', 'Graz/LOCATION', 'ledig/MARITAL', 'österreichisch/NRP'],
    ],
    ['Geburtsdatum: 03.11.1990 — 34 Jahre — geschieden', ['03.11.1990/AGE', '34/AGE', 'geschieden/MARITAL']],
    [
      'Né le 2 mars 1988 à Saint-Priest-en-Jarez, célibataire, deux enfants',
      ['2 mars 1988/AGE', 'Saint-Priest-en-Jarez/LOCATION', 'célibataire/MARITAL', 'deux enfants/MARITAL'],
    ],
    [
      'Nacida en San Juan de Pasto, 1995 · colombiana',
      ['San Juan de Pasto/LOCATION', '1995/AGE', 'colombiana/NRP'],
    ],
    [
      'Nascido em São José dos Campos em 1990, 34 anos, casado e com 2 filhos',
      ['São José dos Campos/LOCATION', '1990/AGE', '34/AGE', 'casado/MARITAL', '2 filhos/MARITAL'],
    ],
    ['Lugar de nacimiento: Villavicencio, Meta', ['Villavicencio/LOCATION']],
    ['Sposata con 2 figli, nazionalità italiana', ['Sposata/MARITAL', '2 figli/MARITAL', 'italiana/NRP']],
    ['nationalité : franco-marocaine, pacsée', ['pacsée/MARITAL']],
    ['Staatsangehörigkeit deutsch, verheiratet', ['deutsch/NRP', 'verheiratet/MARITAL']],
    // Plural and feminine forms made from the masculine of the open list.
    ['Nacionalidad: venezolana, 29 años', ['venezolana/NRP', '29/AGE']],
    ['Nazionalità: tedesca · coniugata', ['tedesca/NRP', 'coniugata/MARITAL']],
    ['Nationalité : algérienne, 30 ans', ['algérienne/NRP', '30/AGE']],
    ['Indian, single, 28 ans', ['single/MARITAL', '28/AGE']],
    // Gender fields, whatever their value; a birth year after "Jahrgang".
    ['DNI 30.123.456 | Edad: 31 | Sexo: Femenino', ['Femenino/NRP']],
    ['Sesso: F — Stato civile: nubile', ['F/NRP', 'nubile/MARITAL']],
    [
      'Geschlecht: weiblich\nSexe : Féminin\nGênero: Masculino',
      ['weiblich/NRP', 'Féminin/NRP', 'Masculino/NRP'],
    ],
    ['Jahrgang 1990, ledig', ['1990/AGE', 'ledig/MARITAL']],
    // Europass writes the field without a colon: a gender word after the label.
    ['Sesso Femminile | Data di nascita 04/06/1993', ['Femminile/NRP']],
    ['Sexo Mujer | Fecha de nacimiento 04/06/1993', ['Mujer/NRP']],
    [
      'Cinsiyet: Kadın\nJenis Kelamin: Perempuan\nPłeć: kobieta',
      ['Kadın/NRP', 'Perempuan/NRP', 'kobieta/NRP'],
    ],
    ['Jantina: Lelaki', ['Lelaki/NRP']],
    // Stated in prose after a first-person verb, and a parent of children.
    ['Soy venezolana, vivo en Madrid desde 2018.', ['venezolana/NRP']],
    [
      'Je suis française, mariée et mère de deux enfants.',
      ['française/NRP', 'mariée/MARITAL', 'mère de deux enfants/MARITAL'],
    ],
    [
      'Ich bin 34 Jahre alt, verheiratet und habe zwei Kinder.',
      ['verheiratet/MARITAL', 'zwei Kinder/MARITAL'],
    ],
    ['Tengo 29 años y soy soltera.', ['29/AGE', 'soltera/MARITAL']],
    // The birth date after the birthplace.
    ['Nata a Bologna il 04/06/1993', ['Bologna/LOCATION', '04/06/1993/AGE']],
    ['Né à Lyon le 12 mai 1992', ['Lyon/LOCATION', '12 mai 1992/AGE']],
    ['Nacido en Medellín el 3 de mayo de 1990', ['Medellín/LOCATION', '3 de mayo de 1990/AGE']],
    // A birth label's date after the birthplace, and the birthplace after a label's preposition.
    ['Luogo e data di nascita: Caltanissetta, 11/02/1990', ['Caltanissetta/LOCATION', '11/02/1990/AGE']],
    ['Date et lieu de naissance : 12/05/1990 à Saint-Étienne', ['12/05/1990/AGE', 'Saint-Étienne/LOCATION']],
    ['Nacido el 3 de Mayo de 1990 en Cúcuta', ['3 de Mayo de 1990/AGE', 'Cúcuta/LOCATION']],
    // An English gender or "Age N" as its own item anchors the line's marital status.
    ['Female, 26, single, Christian', ['single/MARITAL']],
    ['Age 29 | Single | Indian', ['Single/MARITAL']],
    ['Male / 35 / Single / Indian', ['Single/MARITAL']],
  ])('%s', (text, expected) => {
    expect(labelled(text)).toEqual(expected);
  });

  it.each([
    // Not a personal line, or the word is no item of its own.
    ['Banco Mexicano — Analista de datos (2019 – actual)'],
    ['Chef de cuisine italienne, Paris'],
    ['married to the job, single-handedly shipped the release'],
    ['Ingeniera de sistemas con 6 años de experiencia en Java'],
    ['Experiência: 20 anos, Java e Python'],
    ['Idiomas: español (nativo), inglés (C1), francés'],
    ['Casado com a tecnologia desde 2010'],
    ['Animateur pour 20 enfants, colonies de vacances'],
    ['Engenheiro de Software Sênior — Nubank, São Paulo'],
    ['NATO, Brussels — Analyst'],
    ['Marie Dupont, Lyon'],
    ['Entwicklung von 3 Kinder-Apps, Berlin'],
    ['Accompagné la naissance du projet en 2015, Lyon'],
    ['Sexo y género en la publicidad (tesis)'],
    ['Tengo 20 años de experiencia en banca.'],
    ['Sexo Seguro, campaña de salud pública'],
    ['Soy ingeniera de datos, apasionada por Python.'],
    ['Je suis chef de projet depuis 2015.'],
    ['Geschlechtergerechte Sprache, Gender: Studies'],
    ['Kelamin Studio, Jakarta'],
    ['Male / Female single-sex school; Female founders, single point of contact'],
    ['Age 5 | Single story house; Single-page apps, 26 screens'],
  ])('nothing masked in %s', (text) => {
    expect(labelled(text)).toEqual([]);
  });

  it('finds each span with its own recognizer id', () => {
    expect(found(personal, 'Mexicana, casada')).toEqual(['Mexicana', 'casada']);
  });
});
