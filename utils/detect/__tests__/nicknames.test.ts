import { describe, expect, it } from 'vitest';
import { nicknamesOf } from '../data/nicknames';

describe('nicknamesOf', () => {
  it('gives the short forms of a full name and the full forms of a short one, any case', () => {
    expect(nicknamesOf('Robert')).toEqual(expect.arrayContaining(['bob', 'rob', 'bobby', 'robbie']));
    expect(nicknamesOf('KATE')).toEqual(expect.arrayContaining(['katherine', 'catherine', 'kathleen']));
    expect(nicknamesOf('Dorothea')).toEqual(expect.arrayContaining(['dot', 'dottie', 'thea']));
  });

  it('knows Indian, West African, Polish and Greek short forms', () => {
    expect(nicknamesOf('Venkatesh')).toEqual(expect.arrayContaining(['venky', 'venkat']));
    expect(nicknamesOf('Babatunde')).toContain('tunde');
    expect(nicknamesOf('Katarzyna')).toContain('kasia');
    expect(nicknamesOf('Małgorzata')).toContain('gosia');
    expect(nicknamesOf('Konstantinos')).toContain('kostas');
  });

  it('takes one step only: a shared short form does not join two full names', () => {
    expect(nicknamesOf('christopher')).toContain('chris');
    expect(nicknamesOf('christopher')).not.toContain('christine');
    expect(nicknamesOf('chris')).toEqual(expect.arrayContaining(['christopher', 'christine']));
  });

  it('gives nothing for a name of no group, and never the name itself', () => {
    expect(nicknamesOf('Ilse')).toEqual([]);
    expect(nicknamesOf('william')).not.toContain('william');
  });
});
