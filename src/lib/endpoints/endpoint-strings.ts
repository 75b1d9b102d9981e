import { textsOf } from '../localized-text.ts';
import type { Locale } from '../schema/localized.ts';
import type { EndpointErrorKind } from './endpoint-measurement.ts';

/** Interface words of the endpoint figures on a project page, in both languages (the page's other words are in ui-strings.ts). */
const STRINGS = {
  heading: { fr: 'Points d’accès API', en: 'API endpoints' },
  intro: {
    fr: 'Chaque point d’accès est chargé en modèle ouvert : les requêtes partent selon un calendrier fixe et leur latence se compte depuis l’heure où chacune était due, non depuis son envoi, si bien qu’un serveur qui cale ne peut pas cacher la file qu’il crée ; les requêtes de préchauffage ne sont pas comptées.',
    en: 'Each endpoint is loaded on an open model: requests go out on a fixed schedule and their latency counts from the moment each one was due, not from when it left, so a server that stalls cannot hide the queue it builds; the warm-up requests are not counted.',
  },
  endpoint: { fr: 'Point d’accès', en: 'Endpoint' },
  max: { fr: 'Max', en: 'Max' },
  maxDetail: { fr: 'la plus lente', en: 'slowest' },
  errorRate: { fr: 'Taux d’erreur', en: 'Error rate' },
  throughput: { fr: 'Débit', en: 'Throughput' },
  throughputDetail: { fr: 'atteint sur prévu', en: 'achieved of planned' },
  throughputCell: { fr: '{achieved} sur {planned} req/s', en: '{achieved} of {planned} req/s' },
  requests: { fr: '{sent} envoyées, {completed} répondues, {planned} prévues', en: '{sent} sent, {completed} answered, {planned} planned' },
  queue: { fr: 'File d’attente', en: 'Queue' },
  queueDetail: { fr: 'latence P99 − temps de service P99', en: 'latency P99 − service time P99' },
  lateSends: { fr: '{count} envoyée(s) en retard, plafond de concurrence atteint', en: '{count} sent late, concurrency ceiling reached' },
  errors: { fr: 'Erreurs : {list}', en: 'Errors: {list}' },
  noErrors: { fr: 'aucune erreur', en: 'no errors' },
  'errorKind.status': { fr: 'statut inattendu', en: 'unexpected status' },
  'errorKind.timeout': { fr: 'délai dépassé', en: 'timeout' },
  'errorKind.connection': { fr: 'connexion', en: 'connection' },
  'errorKind.other': { fr: 'autre', en: 'other' },
  lastGood: { fr: 'Derniers bons chiffres, mesure du {date} UTC :', en: 'Last good figures, run of {date} UTC:' },
  notesHeading: { fr: 'Points d’accès en erreur', en: 'Endpoints in error' },
  whatWentWrong: { fr: 'Ce qui s’est passé', en: 'What went wrong' },
  probeBehind: { fr: 'La sonde a pris du retard sur son propre calendrier : rien n’a été jugé.', en: 'The probe fell behind its own schedule: nothing was judged.' },
} as const satisfies Record<string, Record<Locale, string>>;

export type EndpointStringKey = keyof typeof STRINGS;

/** Every key, for the test that holds each text to the same placeholders in both languages. */
export const ENDPOINT_STRING_KEYS = Object.keys(STRINGS) as EndpointStringKey[];

/** Returns the text for a key in a language, with `{name}` placeholders filled in. */
export const endpointText = textsOf<EndpointStringKey>(STRINGS);

/** The word for a kind of failed request. */
export function errorKindText(kind: EndpointErrorKind, locale: Locale): string {
  return endpointText(`errorKind.${kind}`, locale);
}
