/**
 * One IATI activity into the batch: the Project (title, description, dates, status, sectors,
 * policy markers, languages), the organisations (participating and reporting) with their roles,
 * the places and topics it targets and addresses (iati-topics.ts), and — through iati-money.ts
 * and iati-links.ts — its money, related activities, locations and documents. What an element cannot give is refused
 * with its line; what the importer does not read is counted as skipped, by element.
 */
import type { GraphNode, Properties, Provenance } from '../../domain/graph-records.js';
import { dateOf, keyOf, yearFrom } from '../import/field-values.js';
import type { ImportBatch } from '../import/import-batch.js';
import { preview } from '../import/value-preview.js';
import {
  ACTIVITY_STATUSES,
  activityDateType,
  ORGANISATION_ROLES,
  organisationRoleCode,
} from './iati-codelists.js';
import { actorFor, cite, refuse, where, type ActivityContext } from './iati-context.js';
import { readDocumentLinks, readLocations, readRelatedActivities } from './iati-links.js';
import { readPeriods, readTransactions } from './iati-money.js';
import { readTargets, readTopics } from './iati-topics.js';
import { attr, elements, first, narratives, pickNarrative, type XmlElement } from './iati-xml.js';

/** Elements of an activity this importer reads; the others are counted as skipped. */
const READ = new Set([
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'activity-status',
  'activity-date',
  'recipient-country',
  'recipient-region',
  'sector',
  'tag',
  'policy-marker',
  'transaction',
  'budget',
  'planned-disbursement',
  'related-activity',
  'location',
  'document-link',
]);
const NOT_READ = 'not read: no place for it in the graph';

/** Counts every element of the activity this importer does not read. */
export function tallyUnread(batch: ImportBatch, activity: XmlElement): void {
  for (const [name, value] of Object.entries(activity)) {
    if (name.startsWith('@') || name === '#text' || READ.has(name)) continue;
    for (let i = 0; i < elements(value).length; i++) batch.skipped(name, NOT_READ);
  }
}

export function readActivity(ctx: ActivityContext, activity: XmlElement): void {
  const { batch } = ctx;
  const props: Properties = { iatiIdentifier: ctx.identifier, projectType: 'PROJECT' };
  const sources: Provenance[] = [];
  batch.took('iati-identifier');

  const titles = narratives(activity.title);
  const title = pickNarrative(titles, ctx.lang);
  const titleEl = first(activity.title);
  if (title) {
    sources.push(cite(ctx, titleEl, title.text));
    if ((title.lang ?? ctx.lang) !== 'en') props.nameLang = title.lang ?? ctx.lang;
    batch.took('title');
  }
  // Titles in other languages: aliases (found by search) and, with their language, a property.
  const otherTitles = titles.filter((t) => t !== title);
  const aliases = [...new Set(otherTitles.map((t) => t.text))];
  if (otherTitles.length > 0)
    props.otherTitles = otherTitles.map((t) => `${t.lang ?? ctx.lang}: ${t.text}`);
  const descriptions = narratives(activity.description);
  const description = pickNarrative(descriptions, ctx.lang);
  if (description) {
    sources.push(cite(ctx, first(activity.description), description.text));
    if ((description.lang ?? ctx.lang) !== 'en')
      props.descriptionLang = description.lang ?? ctx.lang;
    const others = descriptions.filter((d) => d !== description);
    if (others.length > 0)
      props.otherDescriptions = others.map((d) => `${d.lang ?? ctx.lang}: ${d.text}`);
  }
  for (let i = 0; i < elements(activity.description).length; i++) batch.took('description');
  if (ctx.defaultCurrency) props.defaultCurrency = ctx.defaultCurrency;

  readDates(ctx, activity, props, sources);
  readStatus(ctx, activity, props, sources);
  const topics = readTopics(ctx, activity, props, sources);
  const targets = readTargets(ctx, activity);
  sources.push(...readDocumentLinks(ctx, elements(activity['document-link'])));

  const project: GraphNode = {
    key: ctx.projectKey,
    type: 'Project',
    name: title?.text ?? ctx.identifier,
    aliases,
    props,
    sources,
  };
  if (description) project.description = description.text;
  batch.addNode(project, where(ctx, activity), [
    { key: ctx.sourceKey, types: ['Source'], role: 'source' },
  ]);

  const reporting = first(activity['reporting-org']);
  if (reporting !== undefined) {
    const actor = actorFor(ctx, reporting, 'reporting-org');
    if (actor) {
      batch.addEdge(
        { type: 'REPORTS_ON', from: actor, to: ctx.projectKey, source: cite(ctx, reporting) },
        where(ctx, reporting),
      );
      batch.took('reporting-org');
    }
  }
  for (const el of elements(activity['participating-org'])) readParticipant(ctx, el);
  for (const [key, el] of targets)
    batch.addEdge(
      { type: 'TARGETS', from: ctx.projectKey, to: key, source: cite(ctx, el) },
      where(ctx, el),
    );
  for (const [key, el] of topics)
    batch.addEdge(
      { type: 'ADDRESSES', from: ctx.projectKey, to: key, source: cite(ctx, el) },
      where(ctx, el),
    );

  readTransactions(ctx, elements(activity.transaction));
  readPeriods(ctx, elements(activity.budget), 'budget');
  readPeriods(ctx, elements(activity['planned-disbursement']), 'planned-disbursement');
  readRelatedActivities(ctx, elements(activity['related-activity']));
  readLocations(ctx, elements(activity.location));
  tallyUnread(batch, activity);
}

function readDates(
  ctx: ActivityContext,
  activity: XmlElement,
  props: Properties,
  sources: Provenance[],
): void {
  for (const el of elements(activity['activity-date'])) {
    const type = activityDateType(attr(el, 'type') ?? '');
    const date = attr(el, 'iso-date');
    if (!type || !date) {
      refuse(
        ctx,
        'activity-date',
        el,
        'no known type or no iso-date',
        `activity-date needs a known type and an iso-date (type ${preview(attr(el, 'type') ?? '')})`,
      );
      continue;
    }
    try {
      // xsd:date may carry a time zone (2012-04-15Z); publishers also write date-times.
      const day = /^\d{4}-\d{2}-\d{2}(?=$|[TZ+-])/.exec(date)?.[0] ?? date;
      props[type.prop] = dateOf(day, `activity-date ${type.name}`);
      sources.push(cite(ctx, el));
      ctx.batch.took('activity-date');
    } catch (error) {
      refuse(ctx, 'activity-date', el, 'date unreadable', (error as Error).message);
    }
  }
  const start = props.startActual ?? props.startPlanned;
  const end = props.endActual ?? props.endPlanned;
  if (typeof start === 'string') props.startYear = yearFrom(start);
  if (typeof end === 'string') props.endYear = yearFrom(end);
}

function readStatus(
  ctx: ActivityContext,
  activity: XmlElement,
  props: Properties,
  sources: Provenance[],
): void {
  const el = first(activity['activity-status']);
  if (el === undefined) return;
  const code = attr(el, 'code');
  const status = code ? ACTIVITY_STATUSES[code] : undefined;
  if (!status) {
    refuse(
      ctx,
      'activity-status',
      el,
      'code not on the codelist',
      `activity-status code ${preview(code ?? '')} is not on the ActivityStatus codelist`,
    );
    return;
  }
  props.status = status.status;
  props.iatiActivityStatus = status.name;
  sources.push(cite(ctx, el));
  ctx.batch.took('activity-status');
}

function readParticipant(ctx: ActivityContext, el: XmlElement | string): void {
  const roleValue = attr(el, 'role');
  const roleCode = roleValue === undefined ? undefined : organisationRoleCode(roleValue);
  if (!roleCode) {
    refuse(
      ctx,
      'participating-org',
      el,
      'role not on the codelist',
      `participating-org role ${preview(roleValue ?? '')} is not on the OrganisationRole codelist`,
    );
    return;
  }
  const actor = actorFor(ctx, el, 'participating-org');
  if (!actor) return;
  const role = ORGANISATION_ROLES[roleCode]!;
  ctx.batch.addEdge(
    {
      type: 'PARTICIPATES_IN',
      from: actor,
      to: ctx.projectKey,
      props: { role: role.role, iatiRole: role.name },
      source: cite(ctx, el),
      // One organisation may play several roles: each is its own relationship.
      discriminator: role.name.toLowerCase(),
    },
    where(ctx, el),
  );
  ctx.batch.took('participating-org');
}

/** The activity's keys, or a refusal when its identifier cannot give them. */
export function activityKeys(
  identifier: string,
): { projectKey: string; sourceKey: string } | string {
  try {
    return {
      projectKey: keyOf(`project:iati:${identifier}`, 'iati-identifier'),
      sourceKey: `source:iati:${identifier}`,
    };
  } catch (error) {
    return (error as Error).message;
  }
}
