import { EnumComparator } from '../../shared/graphql/filter.js';
import { FindingSeverity, NoticeStatus, RoundStatus } from './inspection.enums.js';

// Comparators on the module's enums, declared once: the findings' and the notices' filters share them.

export const RoundStatusComparator = EnumComparator<RoundStatus>(RoundStatus, 'InspectionRoundStatus');
export const SeverityComparator = EnumComparator<FindingSeverity>(FindingSeverity, 'FindingSeverity');
export const NoticeStatusComparator = EnumComparator<NoticeStatus>(NoticeStatus, 'RectificationNoticeStatus');
