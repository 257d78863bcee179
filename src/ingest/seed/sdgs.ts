/** The 17 SDGs, 169 targets and their indicators, with English and Italian titles. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphBuilder } from './graph-builder.js';
import { REFERENCE_SOURCES } from './reference-sources.js';

interface SdgIndicator {
  code: string;
  title: string;
  title_it?: string;
}
interface SdgTarget {
  code: string;
  title: string;
  title_it?: string;
  indicators?: SdgIndicator[];
}
interface SdgGoal {
  code: string;
  title: string;
  short: string;
  title_it?: string;
  short_it?: string;
  targets: SdgTarget[];
}

export async function loadSdgs(builder: GraphBuilder, referenceDir: string): Promise<void> {
  const goals = JSON.parse(await readFile(join(referenceDir, 'sdg.json'), 'utf8')) as SdgGoal[];
  const source = { source: REFERENCE_SOURCES.sdg.key };
  const seenIndicators = new Set<string>();
  for (const goal of goals) {
    const goalKey = `sdg:${goal.code}`;
    builder.addNode({
      key: goalKey,
      type: 'Sdg',
      name: `SDG ${goal.code}: ${goal.short}`,
      aliases: [goal.short, ...(goal.short_it ? [goal.short_it] : [])],
      description: goal.title,
      props: {
        level: 'GOAL',
        code: goal.code,
        title: goal.title,
        ...(goal.title_it ? { titleIt: goal.title_it } : {}),
      },
      source,
    });
    for (const target of goal.targets) {
      const targetKey = `sdg:${target.code}`;
      builder.addNode({
        key: targetKey,
        type: 'Sdg',
        name: `Target ${target.code}`,
        description: target.title,
        props: {
          level: 'TARGET',
          code: target.code,
          title: target.title,
          ...(target.title_it ? { titleIt: target.title_it } : {}),
        },
        source,
      });
      builder.addEdge({ type: 'PART_OF', from: targetKey, to: goalKey, source });
      for (const indicator of target.indicators ?? []) {
        // Some indicators repeat under several targets; the node is made once, linked to each.
        const indicatorKey = `sdg:${indicator.code}`;
        if (!seenIndicators.has(indicatorKey)) {
          seenIndicators.add(indicatorKey);
          builder.addNode({
            key: indicatorKey,
            type: 'Sdg',
            name: `Indicator ${indicator.code}`,
            description: indicator.title,
            props: {
              level: 'INDICATOR',
              code: indicator.code,
              title: indicator.title,
              ...(indicator.title_it ? { titleIt: indicator.title_it } : {}),
            },
            source,
          });
        }
        builder.addEdge({ type: 'PART_OF', from: indicatorKey, to: targetKey, source });
      }
    }
  }
}
