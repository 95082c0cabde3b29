/**
 * The interface's own words, in Chinese (the default) and English. Rubric data (item
 * content, criteria text, department names) stays as the rubric writes it; only the
 * interface around it is translated. `{name}` marks a value filled in by `t()`.
 */
import type { Locale } from '@kaohe/domain';

export const zh = {
  'app.title': '工会工作目标管理考核系统',
  'app.language': '界面语言',
  'app.userPending': '未登录',
  'app.notFound': '您访问的页面不存在。',
  'nav.home': '首页',
  'nav.preview': '考核表预览',
  'nav.login': '登录',

  'home.title': '欢迎使用',
  'home.body':
    '本系统用于市总工会对所属工会开展年度工作目标管理考核：单位自评、部门考评、主席室加分与审定。登录后可进入本单位或本部门的考核工作。',
  'home.serverPending': '服务端接入后，此处将显示您的待办事项和考核进度。',
  'home.preview': '试用考核表（2011年度）',
  'home.login': '登录系统',

  'login.title': '用户登录',
  'login.subtitle': '请使用考核办分配的账号登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.notConnected': '服务端尚未接入，暂不能登录。可先试用考核表预览。',
  'login.help': '忘记密码请联系考核办（管理员）重置。',

  'unit.points': '{points}分',
  'criterion.withPoints': '{text}（{points}分）',
  'criterion.levelNone': '未达到（0分）',
  'criterion.occurrences': '发生次数',
  'criterion.perOccurrence': '每次 −{points}分',
  'criterion.deductionTotal': '共 −{points}分',
  'criterion.veto': '否决项',
  'criterion.vetoTriggered': '已触发否决',
  'criterion.holistic': '综合评分',
  'criterion.holisticRange': '0 至 {max}分，按 {step}分 递增',
  'criterion.numerator': '分子',
  'criterion.denominator': '分母',
  'criterion.otherDepartment': '由{department}评分',

  'threshold.summary': '{indicator} {rate}（目标 {target}）',
  'threshold.noRate': '—',
  'threshold.met': '达标',
  'threshold.notMet': '未达标',
  'threshold.noTarget': '未设置适用于本单位类型的目标',
  'threshold.appliesTo': '{unitType}适用',

  'scorer.score': '得分',
  'scorer.ofBase': '满分 {base}分',
  'scorer.complete': '已评完',
  'scorer.incomplete': '尚未评完',
  'scorer.vetoed': '触发否决项，本项整项不得分',
  'scorer.clampedLow': '扣分后不低于0分，本项按0分计',
  'scorer.clampedHigh': '各项合计超过基本分值，按{base}分计',
  'scorer.noneMet': '未勾选的各项记为未达到',
  'scorer.readOnly': '本项当前不可修改',

  'table.category': '考核项目',
  'table.number': '序号',
  'table.content': '考核内容',
  'table.departments': '工作对应部门',
  'table.baseScore': '基本分值',
  'table.criteria': '评分标准',
  'table.selfScore': '自评分',
  'table.reviewScore': '考评分',
  'table.remarks': '备注',
  'table.subtotal': '合计',
  'table.bonus': '加分项',
  'table.total': '总计',
  'table.progress': '已完成 {done} / {total}',
  'table.notScored': '未评',
  'table.scoreItem': '第{number}项{side}：{score}',
  'table.incomplete': '尚未评完',
  'table.returned': '已退回',
  'table.returnReason': '退回原因：{reason}',
  'table.returnDeadline': '修改期限：{deadline}',
  'table.overdue': '已逾期',
  'table.categoryBase': '{points}分',
  'table.categorySelf': '自评 {points}',
  'table.categoryReview': '考评 {points}',
  'table.bonusNoCap': '未设加分上限（待管理员设定）',
  'table.bonusCap': '加分上限 {cap}分',
  'table.bonusCapped': '超出上限，计 {points}分',
  'table.bonusPoints': '{content}：加分',
  'table.noDepartment': '—',

  'drawer.title': '第{number}项',
  'drawer.previous': '上一项',
  'drawer.next': '下一项',
  'drawer.content': '考核内容',
  'drawer.departments': '工作对应部门',
  'drawer.baseScore': '基本分值',
  'drawer.criteria': '评分标准',
  'drawer.editingSelf': '填写自评分',
  'drawer.editingReview': '填写考评分',

  'preview.title': '考核表预览',
  'preview.intro':
    '本页不连接服务器，填写的内容只保存在当前页面，刷新后清空。可在此试用每一种评分规则：勾选、档次、扣分、否决、综合打分和指标达标率。',
  'preview.unitType': '单位类型',
  'preview.side': '填写',
  'preview.sideSelf': '自评分',
  'preview.sideReview': '考评分',
  'preview.showReturns': '演示退回项目',
  'preview.reset': '清空',
  'preview.remarks': '备注',
  'preview.remarksPlaceholder': '考评分与自评分不同时须填写备注',
  'preview.sampleReturnReason': '企业建会率数据与统计年报不一致，请核实后重新填报',
  'preview.sampleReturnReason2': '请补充安全生产事故上报记录作为佐证材料',
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  'app.title': 'Union Work Target Assessment',
  'app.language': 'Language',
  'app.userPending': 'Not signed in',
  'app.notFound': 'There is no page at this address.',
  'nav.home': 'Home',
  'nav.preview': 'Rubric preview',
  'nav.login': 'Sign in',

  'home.title': 'Welcome',
  'home.body':
    "The federation's yearly target assessment of its subordinate unions: unit self-scoring, department review, the chairman's bonus and approval. Sign in to work on your unit's or department's assessments.",
  'home.serverPending': 'Once the server is connected, your tasks and progress will appear here.',
  'home.preview': 'Try the 2011 rubric',
  'home.login': 'Sign in',

  'login.title': 'Sign in',
  'login.subtitle': 'Use the account the assessment office gave you',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Sign in',
  'login.notConnected':
    'The server is not connected yet, so signing in is not possible. Try the rubric preview meanwhile.',
  'login.help': 'Forgot your password? The assessment office (administrator) can reset it.',

  'unit.points': '{points} pt',
  'criterion.withPoints': '{text} ({points} pt)',
  'criterion.levelNone': 'None reached (0 pt)',
  'criterion.occurrences': 'Occurrences',
  'criterion.perOccurrence': '−{points} pt each',
  'criterion.deductionTotal': '−{points} pt in all',
  'criterion.veto': 'Veto',
  'criterion.vetoTriggered': 'Veto applies',
  'criterion.holistic': 'Judged score',
  'criterion.holisticRange': '0 to {max} pt in steps of {step}',
  'criterion.numerator': 'Numerator',
  'criterion.denominator': 'Denominator',
  'criterion.otherDepartment': 'Scored by {department}',

  'threshold.summary': '{indicator} {rate} (target {target})',
  'threshold.noRate': '—',
  'threshold.met': 'met',
  'threshold.notMet': 'not met',
  'threshold.noTarget': 'No target is set for this unit type',
  'threshold.appliesTo': 'for {unitType}',

  'scorer.score': 'Score',
  'scorer.ofBase': 'of {base}',
  'scorer.complete': 'Complete',
  'scorer.incomplete': 'Not complete',
  'scorer.vetoed': 'A veto applies: the whole item scores 0',
  'scorer.clampedLow': 'Deductions never take an item below 0: it scores 0',
  'scorer.clampedHigh': 'The criteria add up to more than the base score: it scores {base}',
  'scorer.noneMet': 'Record the unticked entries as not met',
  'scorer.readOnly': 'This item cannot be changed now',

  'table.category': 'Category',
  'table.number': 'No.',
  'table.content': 'Content',
  'table.departments': 'Departments',
  'table.baseScore': 'Base',
  'table.criteria': 'Criteria',
  'table.selfScore': 'Self score',
  'table.reviewScore': 'Review score',
  'table.remarks': 'Remarks',
  'table.subtotal': 'Subtotal',
  'table.bonus': 'Bonus',
  'table.total': 'Total',
  'table.progress': '{done} / {total} complete',
  'table.notScored': 'Unscored',
  'table.scoreItem': 'Item {number} {side}: {score}',
  'table.incomplete': 'Not complete',
  'table.returned': 'Returned',
  'table.returnReason': 'Reason: {reason}',
  'table.returnDeadline': 'Revise by {deadline}',
  'table.overdue': 'Overdue',
  'table.categoryBase': '{points} pt',
  'table.categorySelf': 'Self {points}',
  'table.categoryReview': 'Review {points}',
  'table.bonusNoCap': 'No bonus cap set (the administrator sets it)',
  'table.bonusCap': 'Bonus cap {cap} pt',
  'table.bonusCapped': 'Over the cap: counts {points}',
  'table.bonusPoints': '{content}: bonus points',
  'table.noDepartment': '—',

  'drawer.title': 'Item {number}',
  'drawer.previous': 'Previous item',
  'drawer.next': 'Next item',
  'drawer.content': 'Content',
  'drawer.departments': 'Departments',
  'drawer.baseScore': 'Base score',
  'drawer.criteria': 'Criteria',
  'drawer.editingSelf': 'Self score',
  'drawer.editingReview': 'Review score',

  'preview.title': 'Rubric preview',
  'preview.intro':
    'This page does not talk to the server: what you enter stays on this page until you reload it. Try every rule shape here: checklist, levels, deductions, vetoes, judged scores and indicator rates.',
  'preview.unitType': 'Unit type',
  'preview.side': 'Entering',
  'preview.sideSelf': 'Self score',
  'preview.sideReview': 'Review score',
  'preview.showReturns': 'Show returned items',
  'preview.reset': 'Clear',
  'preview.remarks': 'Remarks',
  'preview.remarksPlaceholder': 'Required where the review score differs from the self score',
  'preview.sampleReturnReason':
    'The founding rate does not match the statistical yearbook; check it and report again',
  'preview.sampleReturnReason2': 'Add the accident reports as evidence',
};

export const MESSAGES: Record<Locale, Messages> = { zh, en };

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value stays visible, so a gap shows. */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return format(MESSAGES[locale][key], params);
}
