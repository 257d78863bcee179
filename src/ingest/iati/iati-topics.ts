/**
 * What an activity is about and where: sectors (every vocabulary kept, DAC ones as themes), SDG
 * tags and sectors (links to goals and targets), other tags, policy markers (kept as readable
 * text), recipient countries and regions (TARGETS).
 */
import type { Properties, Provenance } from '../../domain/graph-records.js';
import { countryKeyOf, FieldError, sdgKeyOf } from '../import/field-values.js';
import { preview } from '../import/value-preview.js';
import {
  DAC_REGIONS,
  m49RegionKey,
  POLICY_MARKERS,
  POLICY_SIGNIFICANCES,
  SDG_SECTOR_VOCABULARIES,
  SDG_TAG_VOCABULARIES,
  SECTOR_THEMES,
} from './iati-codelists.js';
import { cite, refuse, type ActivityContext } from './iati-context.js';
import { attr, elements, textIn, type XmlElement } from './iati-xml.js';

/** Sectors, tags and policy markers: kept as properties; DAC sectors and SDGs also as links. */
export function readTopics(
  ctx: ActivityContext,
  activity: XmlElement,
  props: Properties,
  sources: Provenance[],
): Map<string, XmlElement | string> {
  const links = new Map<string, XmlElement | string>();
  const sectors: string[] = [];
  const otherSectors: string[] = [];
  for (const el of elements(activity.sector)) {
    const code = attr(el, 'code') ?? '';
    const vocabulary = attr(el, 'vocabulary') ?? '1';
    try {
      if (
        vocabulary === SDG_SECTOR_VOCABULARIES.goal ||
        vocabulary === SDG_SECTOR_VOCABULARIES.target
      ) {
        links.set(sdgKeyOf(code, `sector (vocabulary ${vocabulary})`), el);
      } else if (['1', '2', 'DAC', 'DAC-3'].includes(vocabulary)) {
        if (!/^\d{3}(\d{2})?$/.test(code))
          throw new FieldError(`sector code ${preview(code)} is not a DAC code`);
        sectors.push(code);
        const theme = SECTOR_THEMES[code];
        if (theme) links.set(theme.theme, el);
      } else {
        // Other vocabularies (the publisher's own, humanitarian clusters…) are kept as written.
        const name = textIn(el, ctx.lang)?.text;
        otherSectors.push(`vocabulary ${vocabulary}: ${code}${name ? ` ${name}` : ''}`);
      }
      sources.push(cite(ctx, el));
      ctx.batch.took('sector');
    } catch (error) {
      refuse(ctx, 'sector', el, 'code unreadable', (error as Error).message);
    }
  }
  if (sectors.length > 0) props.sectors = sectors;
  if (otherSectors.length > 0) props.otherSectors = otherSectors;

  const otherTags: string[] = [];
  for (const el of elements(activity.tag)) {
    const vocabulary = attr(el, 'vocabulary') ?? '';
    const code = attr(el, 'code') ?? '';
    try {
      if (vocabulary === SDG_TAG_VOCABULARIES.goal || vocabulary === SDG_TAG_VOCABULARIES.target) {
        const key = sdgKeyOf(code, `tag (vocabulary ${vocabulary})`);
        const isTarget = key.includes('.');
        if (isTarget !== (vocabulary === SDG_TAG_VOCABULARIES.target))
          throw new FieldError(
            `tag code ${preview(code)} is not an SDG ${isTarget ? 'goal' : 'target'} (vocabulary ${vocabulary})`,
          );
        links.set(key, el);
      } else {
        const name = textIn(el, ctx.lang)?.text;
        otherTags.push(`vocabulary ${vocabulary}: ${code}${name ? ` ${name}` : ''}`);
        sources.push(cite(ctx, el));
      }
      ctx.batch.took('tag');
    } catch (error) {
      refuse(ctx, 'tag', el, 'code unreadable', (error as Error).message);
    }
  }
  if (otherTags.length > 0) props.otherTags = otherTags;

  const markers: string[] = [];
  for (const el of elements(activity['policy-marker'])) {
    const code = attr(el, 'code') ?? '';
    const vocabulary = attr(el, 'vocabulary') ?? '1';
    const significance = attr(el, 'significance');
    const dac = vocabulary === '1' || vocabulary === 'DAC';
    const name = dac ? POLICY_MARKERS[code] : textIn(el, ctx.lang)?.text;
    if (dac && !name) {
      refuse(
        ctx,
        'policy-marker',
        el,
        'code not on the codelist',
        `policy-marker code ${preview(code)} is not on the PolicyMarker codelist`,
      );
      continue;
    }
    const level =
      significance === undefined
        ? 'significance not stated'
        : `${significance} ${POLICY_SIGNIFICANCES[significance] ?? '(not on the PolicySignificance codelist)'}`;
    markers.push(
      `${dac ? '' : `vocabulary ${vocabulary}: `}${code}${name ? ` ${name}` : ''}: ${level}`,
    );
    sources.push(cite(ctx, el));
    ctx.batch.took('policy-marker');
  }
  if (markers.length > 0) props.policyMarkers = markers;
  return links;
}

export function readTargets(
  ctx: ActivityContext,
  activity: XmlElement,
): Map<string, XmlElement | string> {
  const targets = new Map<string, XmlElement | string>();
  for (const el of elements(activity['recipient-country'])) {
    try {
      targets.set(countryKeyOf(attr(el, 'code') ?? '', 'recipient-country'), el);
      ctx.batch.took('recipient-country');
    } catch (error) {
      refuse(ctx, 'recipient-country', el, 'code unreadable', (error as Error).message);
    }
  }
  for (const el of elements(activity['recipient-region'])) {
    const code = attr(el, 'code') ?? '';
    const vocabulary = attr(el, 'vocabulary') ?? '1';
    const region =
      vocabulary === '1'
        ? DAC_REGIONS[code]?.region
        : vocabulary === '2'
          ? m49RegionKey(code)
          : undefined;
    if (region) {
      targets.set(region, el);
      ctx.batch.took('recipient-region');
    } else
      refuse(
        ctx,
        'recipient-region',
        el,
        'no region in the graph',
        vocabulary === '1' || vocabulary === '2'
          ? `recipient-region ${preview(code)} (vocabulary ${vocabulary}) has no region in the graph`
          : `recipient-region vocabulary ${preview(vocabulary)} is not read (1 OECD DAC and 2 UN M49 are)`,
      );
  }
  return targets;
}
