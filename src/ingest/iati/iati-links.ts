/**
 * What an activity links to: related activities (parent and child → PART_OF, the others →
 * RELATED_TO), locations (a point or an administrative area → a Location it TARGETS) and
 * document links (a Source node each, which the project cites).
 */
import { createHash } from 'node:crypto';
import type { Properties, Provenance } from '../../domain/graph-records.js';
import { FieldError, keyOf, urlOf } from '../import/field-values.js';
import { preview } from '../import/value-preview.js';
import { RELATED_ACTIVITY_TYPES } from './iati-codelists.js';
import { cite, refuse, where, type ActivityContext } from './iati-context.js';
import { attr, elements, first, ownText, textIn, type XmlElement } from './iati-xml.js';

export function readRelatedActivities(ctx: ActivityContext, list: (XmlElement | string)[]): void {
  for (const el of list) {
    const ref = attr(el, 'ref');
    const type = RELATED_ACTIVITY_TYPES[attr(el, 'type') ?? ''];
    if (!ref || !type) {
      refuse(
        ctx,
        'related-activity',
        el,
        'no ref or type not on the codelist',
        `related-activity needs a ref and a RelatedActivityType code (ref ${preview(ref ?? '')}, type ${preview(attr(el, 'type') ?? '')})`,
      );
      continue;
    }
    let other: string;
    try {
      other = keyOf(`project:iati:${ref}`, 'related-activity ref');
    } catch (error) {
      refuse(ctx, 'related-activity', el, 'ref unusable as a key', (error as Error).message);
      continue;
    }
    const source = cite(ctx, el);
    const at = where(ctx, el);
    if (type.link === 'PARENT')
      ctx.batch.addEdge({ type: 'PART_OF', from: ctx.projectKey, to: other, source }, at);
    else if (type.link === 'CHILD')
      ctx.batch.addEdge({ type: 'PART_OF', from: other, to: ctx.projectKey, source }, at);
    else
      ctx.batch.addEdge(
        {
          type: 'RELATED_TO',
          from: ctx.projectKey,
          to: other,
          props: { iatiRelation: type.name },
          source,
        },
        at,
      );
    ctx.batch.took('related-activity');
  }
}

/** `lat lon` (2.0x pos) or the 1.0x coordinates' attributes, checked to be on the globe. */
function pointOf(el: XmlElement): { lat: number; lon: number } | string | undefined {
  const pos = ownText(first((first(el.point) as XmlElement | undefined)?.pos));
  const coordinates = first(el.coordinates);
  let lat: number;
  let lon: number;
  if (pos !== undefined) {
    const parts = pos.split(/\s+/).map(Number);
    if (parts.length !== 2) return `location point ${preview(pos)} is not "latitude longitude"`;
    [lat, lon] = parts as [number, number];
  } else if (coordinates !== undefined) {
    lat = Number(attr(coordinates, 'latitude'));
    lon = Number(attr(coordinates, 'longitude'));
  } else return undefined;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return `location coordinates ${preview(`${lat} ${lon}`)} are not a latitude and a longitude`;
  return { lat, lon };
}

export function readLocations(ctx: ActivityContext, list: (XmlElement | string)[]): void {
  list.forEach((el, i) => {
    if (typeof el === 'string') {
      refuse(ctx, 'location', el, 'empty', 'location is empty');
      return;
    }
    const props: Properties = {};
    const point = pointOf(el);
    if (typeof point === 'string') {
      refuse(ctx, 'location', el, 'coordinates unreadable', point);
      return;
    }
    if (point) Object.assign(props, point);
    const administrative = elements(el.administrative).flatMap((a) => {
      const parts = [
        attr(a, 'vocabulary') && `vocabulary ${attr(a, 'vocabulary')}`,
        attr(a, 'level') && `level ${attr(a, 'level')}`,
        attr(a, 'code'),
        attr(a, 'country') && `country ${attr(a, 'country')}`,
        attr(a, 'adm1') && `adm1 ${attr(a, 'adm1')}`,
        attr(a, 'adm2') && `adm2 ${attr(a, 'adm2')}`,
        ownText(a),
      ].filter((p): p is string => Boolean(p));
      return parts.length > 0 ? [parts.join(' ')] : [];
    });
    if (administrative.length > 0) props.administrative = administrative;
    const type = attr(first(el['location-type']), 'code');
    if (type) props.locationType = type;
    const feature = attr(first(el['feature-designation']), 'code');
    if (feature) props.featureDesignation = feature;
    const name = textIn(el.name, ctx.lang);
    if (!point && administrative.length === 0 && !name) {
      refuse(
        ctx,
        'location',
        el,
        'nothing to place',
        'location has no point, no administrative area and no name',
      );
      return;
    }
    if (name && name.lang !== 'en') props.nameLang = name.lang;
    const key = `location:iati:${ctx.identifier}:${i + 1}`;
    const description = textIn(el.description, ctx.lang);
    ctx.batch.addNode(
      {
        key,
        type: 'Location',
        name: name?.text ?? `Location ${i + 1} of ${ctx.identifier}`,
        aliases: [],
        ...(description ? { description: description.text } : {}),
        props,
        sources: [cite(ctx, el)],
      },
      where(ctx, el),
    );
    ctx.batch.addEdge(
      { type: 'TARGETS', from: ctx.projectKey, to: key, source: cite(ctx, el) },
      where(ctx, el),
    );
    ctx.batch.took('location');
  });
}

/** The key an edit also gives a URL's Source (src/edit/curator.ts), so both meet. */
export function urlSourceKey(url: string): string {
  return `source:url-${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

/** Document links: Source nodes; what the project's sources gain (one per document). */
export function readDocumentLinks(
  ctx: ActivityContext,
  list: (XmlElement | string)[],
): Provenance[] {
  const cited: Provenance[] = [];
  for (const el of list) {
    let url: string;
    try {
      url = urlOf(attr(el, 'url') ?? '', 'document-link url');
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      refuse(ctx, 'document-link', el, 'url unreadable', error.message);
      continue;
    }
    const key = urlSourceKey(url);
    const title = textIn(first((el as XmlElement).title), ctx.lang);
    const categories = elements((el as XmlElement).category).flatMap((c) => attr(c, 'code') ?? []);
    const languages = elements((el as XmlElement).language).flatMap(
      (l) => attr(l, 'code') ?? ownText(l) ?? [],
    );
    const props: Properties = { kind: 'document', url };
    const format = attr(el, 'format');
    if (format) props.format = format;
    if (categories.length > 0) props.iatiDocumentCategories = categories;
    if (languages.length > 0) props.languages = languages;
    const date = attr(first((el as XmlElement)['document-date']), 'iso-date');
    if (date) props.documentDate = date;
    ctx.batch.addNode(
      {
        key,
        type: 'Source',
        name: title?.text ?? url,
        aliases: [],
        props,
        sources: [cite(ctx, el)],
      },
      where(ctx, el),
    );
    cited.push({
      source: key,
      note: `document linked by IATI activity ${ctx.identifier}${categories.length > 0 ? ` (category ${categories.join(', ')})` : ''}`,
    });
    ctx.batch.took('document-link');
  }
  return cited;
}
