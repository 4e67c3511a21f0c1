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
