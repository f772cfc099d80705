import { describe, expect, it } from 'vitest';
import { placeFromText } from './place';

describe('placeFromText', () => {
  it.each([
    ['a "Standplaats:" line', 'Functie: kok\nStandplaats: Utrecht\nUren: 32', 'Utrecht'],
    ['a "Werklocatie:" line', 'Werklocatie: Alphen aan den Rijn', 'Alphen aan den Rijn'],
    ['an English "Location:" line', 'Location: Antwerp, Belgium', 'Antwerp, Belgium'],
    ['a French label', 'Lieu de travail : Genève', 'Genève'],
    ['"X in Place zoekt"', 'De bibliotheek in Bergen op Zoom zoekt een medewerker.', 'Bergen op Zoom'],
    ['"te Place is op zoek"', "Zorggroep Noord te 's-Hertogenbosch is op zoek naar jou.", "'s-Hertogenbosch"],
    ['"gevestigd in"', 'Wij zijn een installatiebedrijf, gevestigd in Den Haag.', 'Den Haag'],
    ['"ons kantoor in"', 'Je werkt vanuit ons kantoor in Sint-Niklaas.', 'Sint-Niklaas'],
    ['"based in"', 'We are a small studio based in London.', 'London'],
  ])('reads %s', (_name, text, place) => {
    expect(placeFromText(text)).toBe(place);
  });

  it.each([
    ['no place at all', 'Je werkt in een klein team aan mooie projecten.'],
    ['a country, not a place', 'Wij zijn in Nederland op zoek naar monteurs. Wij in Nederland zoeken jou.'],
    ['a label followed by a sentence', 'Locatie: dat hangt af van het project. Je reist veel.'],
    ['"in" before a lowercase word', 'Het team in opbouw zoekt versterking.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(placeFromText(text)).toBeNull();
  });
});
