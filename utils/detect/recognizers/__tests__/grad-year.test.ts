import { describe, expect, it } from 'vitest';
import { gradYear } from '../grad-year';
import { found } from './helpers';

describe('grad-year recognizer', () => {
  it.each([
    ['Class of 2012', ['2012']],
    ['Bachelor of Commerce, Westbrook College 2005/2008', ['2005/2008']],
    ['B.S. Journalism, Westbrook University, 1938.', ['1938']],
    ['20072008 M.Sc. magna cum laude', ['20072008']],
    ['Diplomado, Universidad del Norte, Mayo de 2008.', ['Mayo de 2008']],
    ['Microsoft Certified, Databridge Academy 2009', ['2009']],
    ['B.Tech 2012, NIT Trichy', ['2012']],
    ['EDUCATION  Stanford University  2008 - 2012  SKILLS', ['2008 - 2012']],
    ['Bachelor of Science in Marketing, May 2017', ['May 2017']],
    ['graduated in 2010 with honours', ['2010']],
    ['Education, University of New York, NY (1989) Professional Experience Assistant Principal', ['1989']],
    ['Arlington High School, Virginia 2002 - 2006 Experience Pet Sitter 2004 - Present', ['2002 - 2006']],
  ])('%s', (text, expected) => {
    expect(found(gradYear, text)).toEqual(expected);
  });

  it.each([
    ['Senior Developer, Acme Corp, 2005 - 2008'],
    ['Administered SQL Server 2008 and Windows 2000'],
    ['Invoice 20072015 paid in full'],
    ['Data Engineer\nContoso Pharmaceuticals\n2016 - 2019\nEducation\nUniversity of Washington'],
    ['EXPERIENCE  Analyst at Infosys Technologies 2010 to 2014'],
  ])('no graduation year in %s', (text) => {
    expect(found(gradYear, text)).toEqual([]);
  });
});
