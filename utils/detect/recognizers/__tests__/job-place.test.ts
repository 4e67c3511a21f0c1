import { describe, expect, it } from 'vitest';
import { jobPlace } from '../job-place';
import { found } from './helpers';

describe('job-place recognizer: the town of a job entry on one line', () => {
  it.each([
    ["Cheffe de projet digital — Groupe SEB, Écully (2019 – aujourd'hui)", ['Écully']],
    ['Senior Data Analyst, Magna Steyr, Leibnitz (2018 – heute)', ['Leibnitz']],
    ['Ingeniero de Software — Mercado Libre, San Isidro (2019 – 2021)', ['San Isidro']],
    ['Sviluppatrice | Reply, Casalecchio di Reno (Mar 2021 – oggi)', ['Casalecchio di Reno']],
    ['Chargée de mission — Ville de Lyon, Saint-Priest-en-Jarez (03/2016 – 2019)', ['Saint-Priest-en-Jarez']],
    ['Desenvolvedor - Totvs, Joinville (2013-2019)', ['Joinville']],
    // The town before the country.
    ['Software Engineer — Reply, Torino, Italia (2019 – 2021)', ['Torino', 'Italia']],
    // The dates after a bar, or opening the line.
    ['Supervisor de Producción | Ternium México, Apodaca | 2012 - 2019', ['Apodaca']],
    ['Supervisor | Ternium México, San Nicolás de los Garza | 2012 - 2019', ['San Nicolás de los Garza']],
    ['2012 – 2019  Systemingenieur, Rieter Holding AG, Wülflingen', ['Wülflingen']],
    ['Experiência\n2016 – atual: Gestora de Projetos, Sonae MC, Matosinhos\n', ['Matosinhos']],
    ['seit 2019\tLeiter IT, Sulzer AG, Oberwinterthur', ['Oberwinterthur']],
  ])('%s', (text, expected) => {
    expect(found(jobPlace, text)).toEqual(expected);
  });

  it.each([
    // The word after the comma is the employer, a team, a product or an ordinary word.
    ['Ingeniero, Globant (2017 – 2020)'],
    ['Analyst — Deloitte, Risk Advisory (2019 – 2021)'],
    ['Engineer — Google, Cloud (2020 – 2021)'],
    ['Developer — Microsoft, Azure (2019 – 2020)'],
    ['Data Analyst — Acme, Remote (2020 – 2021)'],
    ['Consultant — Accenture, Morgan Stanley (2018 – 2019)'],
    // No job title before the employer, or no dates in the bracket.
    ['Groupe SEB, Écully (2019 – 2021)'],
    ['Cheffe de projet — Groupe SEB, Écully (voir annexe)'],
    ['Bachelor of Science, Universität Wien, Währing (2010 – 2014)'],
    ['2012 – 2019  Systemingenieur, Rieter Holding AG'],
    ['2019: Gewinner, Hackathon, Kaggle'],
  ])('nothing in %s', (text) => {
    expect(found(jobPlace, text)).toEqual([]);
  });
});

describe("job-place recognizer: an employer's line that ends with its town", () => {
  it.each([
    // The entry's dates on the line after or before.
    ['Software Engineer, Inditex, Arteixo\n2019 - 2022', ['Arteixo']],
    ['2019 – 2022\nData Analyst, Inditex, Arteixo\n• Built reports', ['Arteixo']],
    // The employer first, known or with its legal form, the job and dates on the next line.
    ['Bosch, Gerlingen\nEngineer 2019 - 2022', ['Gerlingen']],
    ['Acme Robotik GmbH, Quellinghausen\nIngenieur, 03/2019 – heute', ['Quellinghausen']],
    ['Brightwell Ltd, Thornaby-on-Tees\nJan 2018 - Dec 2020', ['Thornaby-on-Tees']],
    // "at" between the job and the employer.
    ['Senior Engineer at Bosch, Gerlingen (2019 - 2022)', ['Gerlingen']],
    // The employer and its town first, the job after a dash or bar.
    ['Inditex, Arteixo — Software Engineer (2019 – 2022)', ['Arteixo']],
    ['Quellin Textil, Arteixo | Data Analyst | 2019 - 2022', ['Arteixo']],
    // A known employer, or one with its legal form, and its town on a line of their own, dates or none.
    ['Experience\nBosch, Gerlingen\nLed the brake team', ['Gerlingen']],
    ['Acme Robotik GmbH, Quellinghausen', ['Quellinghausen']],
    // A stacked entry: the job's line beside the employer's, the dates within two lines.
    ['Software Engineer\nInditex, Arteixo\n2019 - 2022', ['Arteixo']],
    ['Inditex S.A., Arteixo\nSoftware Engineer\n2019 - 2022', ['Arteixo']],
    ['2019 - 2022\nQuellin Textil, Arteixo\nSoftware Engineer', ['Arteixo']],
  ])('%j', (text, expected) => {
    expect(found(jobPlace, text)).toEqual(expected);
  });

  it.each([
    // The word after the comma is the employer, a team or an English word.
    ['Ingeniero, Globant\n2017 - 2020'],
    ['Engineer, Bosch\n2019 - 2022'],
    ['Analyst, Deloitte, Risk Advisory\n2019 - 2021'],
    ['Project Lead, Inditex, Kubernetes\n2019 - 2021'],
    ['Data Scientist, Inditex, NLP\n2019 - 2021'],
    ['Engineer, Inditex, Hybrid\n2019 - 2021'],
    // An unknown employer without a legal form before the comma: no telling which is the town.
    ['Quellin, Arteixo\nEngineer 2019 - 2022'],
    // The job first, or no job after the dash.
    ['Software Engineer, Inditex — Payments (2019 – 2022)'],
    ['Inditex, Arteixo — Payments Platform (2019 – 2022)'],
    // A stacked entry whose line after the job's names no town, or the job's line holds more than a title.
    ['Software Engineer\nInditex, Payments Platform\n2019 - 2022'],
    ['Led the Software Engineer hiring\nQuellin, Arteixo\n2019 - 2022'],
    // No dates next to the line, and an employer that is neither known nor has its legal form.
    ['Inditex, Arteixo\nLed the team'],
    ['Experience\nQuellin, Arteixo\nLed the team'],
  ])('nothing in %j', (text) => {
    expect(found(jobPlace, text)).toEqual([]);
  });
});

describe('job-place recognizer: the town of a job line without dates', () => {
  it.each([
    // The town ends the line, or a field that two spaces or a tab end; the job title may be a field before.
    ['Customer Service Assistant, Quellix Cosmetics, Chadstone\nResponsibilities', ['Chadstone']],
    ['Customer consultant, part-time  Velmora pizza, Nydalen  Customer service and sales', ['Nydalen']],
    [
      'Full-time Instructor: Harwell Adult Training Centre, Johnsonville   Developed programs',
      ['Johnsonville'],
    ],
  ])('%s', (text, expected) => {
    expect(found(jobPlace, text)).toEqual(expected);
  });

  it.each([
    // A list of tools, a town in capitals on a line in mixed case, a team, a job after the employer.
    ['Developer\nTools : ANT, Toad, Find Bug, PMD, Sonar  Projects'],
    ['Software Engineer, Methodologies OOPS, OOAD  Internet'],
    ['Data Analyst, Acme, Remote'],
    ['Field Technician, Quellix DGC, Roustabout  EDUCATION'],
  ])('nothing in %s', (text) => {
    expect(found(jobPlace, text)).toEqual([]);
  });
});
