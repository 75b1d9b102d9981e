import { textsOf } from '../localized-text.ts';
import type { Locale } from '../schema/localized.ts';

/** Interface words of the error-budget calculator, in both languages (the site's other words are in ui-strings.ts). */
const STRINGS = {
  heading: { fr: 'Calculer un budget d’erreur', en: 'Work out an error budget' },
  headingFor: { fr: 'Calculer le budget : {service}', en: 'Work out the budget: {service}' },
  intro: {
    fr: 'Saisissez un objectif, une fenêtre et un trafic : le budget et les taux de consommation se recalculent à chaque frappe, avec les mêmes décimales exactes que le tableau.',
    en: 'Enter an objective, a window and a traffic: the budget and the burn rates are worked out again at each keystroke, in the same exact decimals as the table.',
  },
  objective: { fr: 'Objectif (%)', en: 'Objective (%)' },
  window: { fr: 'Fenêtre (jours)', en: 'Window (days)' },
  submit: { fr: 'Calculer', en: 'Work it out' },
  rate: { fr: 'Trafic (requêtes par seconde, en moyenne)', en: 'Traffic (requests per second, on average)' },
  budget: { fr: 'Budget d’erreur', en: 'Error budget' },
  minutes: { fr: 'Indisponibilité permise sur {days} j', en: 'Downtime allowed over {days} d' },
  minutesValue: { fr: '{minutes}\u00a0min', en: '{minutes}\u00a0min' },
  minutesReadable: { fr: '{readable} ({minutes}\u00a0min)', en: '{readable} ({minutes}\u00a0min)' },
  requests: { fr: 'Requêtes en échec permises sur {days} j', en: 'Failed requests allowed over {days} d' },
  requestsValue: { fr: '{failed} sur {total}', en: '{failed} of {total}' },
  hour: { fr: 'Taux qui vide le budget en 1 heure', en: 'Burn rate that empties it in 1 hour' },
  day: { fr: 'Taux qui vide le budget en 1 jour', en: 'Burn rate that empties it in 1 day' },
  week: { fr: 'Taux qui vide le budget en 1 semaine', en: 'Burn rate that empties it in 1 week' },
  rateValue: { fr: '{rate}x', en: '{rate}x' },
  tier: { fr: '{rate}x pendant {span}', en: '{rate}x for {span}' },
  tierValue: { fr: 'consomme {spent} du budget', en: 'spends {spent} of the budget' },
  summary: {
    fr: 'Objectif {objective} sur {days} jours : {minutes} de budget, vidé en une heure à {hour}x.',
    en: 'Objective {objective} over {days} days: {minutes} of budget, emptied in an hour at {hour}x.',
  },
  badObjective: {
    fr: 'Objectif : saisissez un pourcentage strictement entre 0 et 100, par exemple 99,9.',
    en: 'Objective: enter a percentage strictly between 0 and 100, such as 99.9.',
  },
  badWindow: {
    fr: 'Fenêtre : saisissez un nombre entier de jours, de 1 à {max}, par exemple 30.',
    en: 'Window: enter a whole number of days from 1 to {max}, such as 30.',
  },
  badRate: {
    fr: 'Trafic : saisissez un nombre de requêtes par seconde, zéro ou plus, par exemple 10 ou 0,5.',
    en: 'Traffic: enter a number of requests per second, zero or more, such as 10 or 0.5.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type CalculatorStringKey = keyof typeof STRINGS;

/** Every key, for the test that holds each text to the same placeholders in both languages. */
export const CALCULATOR_STRING_KEYS = Object.keys(STRINGS) as CalculatorStringKey[];

/** Returns the text for a key in a language, with `{name}` placeholders filled in. */
export const calculatorText = textsOf<CalculatorStringKey>(STRINGS);
