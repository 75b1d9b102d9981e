import { formatMinutes } from '../format.ts';
import { formatHeldCondition } from '../held-condition.ts';
import type { Locale } from '../schema/localized.ts';
import type { ScalingThreshold, ScalingTrigger } from '../schema/scaling-trigger.ts';
import { t } from '../ui-strings.ts';
import { dataTable, type DataTableModel } from './data-table.ts';

/** The scaling triggers of capacity planning: when to add capacity, when to remove it, and how long to wait between. */
export function scalingTriggersTable(triggers: readonly ScalingTrigger[], locale: Locale): DataTableModel {
  const held = (side: ScalingThreshold) => formatHeldCondition(side.comparison, side.value, side.unit, side.forMinutes, locale);
  return dataTable<ScalingTrigger>(
    {
      caption: t('scalingTriggers', locale),
      columns: [
        { header: t('scaling.metric', locale), rowHeader: true, cell: (trigger) => trigger.metric[locale] },
        { header: t('scaling.up', locale), cell: (trigger) => held(trigger.scaleUp) },
        { header: t('scaling.down', locale), cell: (trigger) => held(trigger.scaleDown) },
        { header: t('scaling.cooldown', locale), cell: (trigger) => formatMinutes(trigger.cooldownMinutes, locale) },
      ],
    },
    triggers,
  );
}
