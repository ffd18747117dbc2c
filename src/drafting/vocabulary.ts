/**
 * The offline drafter's vocabulary, kept as data: note words turned into 公文 wording, measure words
 * by what is counted, the verb a bare noun phrase takes, the labels of notes, the unit's self-reference.
 */

/** Colloquial note words → 公文 wording (applied in order; patterns, so that 没收违法所得 stays). */
export const FORMAL_WORDING: ReadonlyArray<[RegExp, string]> = [
  [/都办完了|全办完了|全部办完了?/g, '均已办结'],
  [/办完了?/g, '办结'],
  [/没收(?=[^。；，违]{0,6}费)/g, '未收取'],
  [/没(有)?(?=收到|收取|发生|出现|发出|受理|接到|涉及)/g, '未'],
  [/没有|没/g, '未'],
  [/搞了|搞过/g, '开展了'],
  [/搞(?=[\u4e00-\u9fff]{2})/g, '开展'],
  [/弄了|做了/g, '开展了'],
  [/发了(?=[\u4e00-\u9fff\d])/g, '发布'],
  [/回复/g, '答复'],
  [/老百姓|群众们/g, '群众'],
  [/不太|不怎么|不咋/g, '不够'],
  [/有点儿?|有些/g, '较为'],
  [/挺好|还行|还不错/g, '较好'],
  [/赶紧|马上/g, '及时'],
  [/一直/g, '持续'],
  [/搞清楚|弄清楚/g, '厘清'],
  [/啥/g, '什么'],
  [/都(?=已|按|在|能|有|及时|依法)/g, '均'],
  [/弄/g, '做'],
  [/[+＋]\s*/g, ''],
  [/(^|[，；,;])(复议|诉讼)(?=\s*\d)/g, '$1行政$2'],
  [/(发布|公开|转发|推送)(?=\s*\d+\s*条)/g, '$1信息'],
];

/** Measure words by what is counted (the first noun found nearest the number wins). */
export const MEASURE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/人次$/, '人次'],
  [/万元|资金|经费|金额$/, '万元'],
  [/申请|建议|提案|规范性文件|政策文件|文件|案件|复议|诉讼/, '件'],
  [/解读|文章|稿件/, '篇'],
  [/图解|简报|专刊|预警|提示|期刊/, '期'],
  [/发布会|活动|讲座|直播/, '场'],
  [/培训|会议|检查|督查|自查|抽查|考核|通报|演练|调研|评议/, '次'],
  [/栏目|专栏|专题|平台|账号|视频/, '个'],
  [/指南|事项|清单|目录/, '项'],
  [/参训|人员|干部|工作人员|人$/, '人'],
  [/信息|公告|公示|动态|规划|执法|留言|意见|其他/, '条'],
];

/** The verb a noun phrase takes when a note has none (信息发布三审制度 → 落实…), by its last noun. */
export const VERB_OF_NOUN: ReadonlyArray<[RegExp, string]> = [
  [/(制度|规定|要求|责任制)$/, '落实'],
  [/(机制|台账|清单|工作专班|领导小组)$/, '建立'],
  [/(目录|指南|栏目内容)$/, '更新'],
  [/(培训|自查|检查|督查|考核|评议|调研|演练)(\d|$)/, '开展'],
  [/(会议|发布会)(\d|$)/, '召开'],
  [/申请(\d|$)/, '收到'],
  [/(解读|信息|公告|预警|提示)(\d|$)/, '发布'],
  [/(专栏|栏目|专题)(\d|$)/, '开设'],
  [/^(行政)?复议(?=\d)/, '被申请'],
  [/^(行政)?诉讼(?=\d)/, '被提起'],
];

/** Verbs a clause may open with (after a time or place word). */
export const VERBS =
  // eslint-disable-next-line max-len -- a word list: a data table
  /^(?:[在于对向从以按依围经通借为将把]|开展|组织|发布|公开|建立|健全|完善|落实|召开|举办|制定|修订|印发|更新|清理|审查|增设|开设|新增|转发|推送|受理|办结|答复|承办|纳入|明确|配备|设立|推进|加强|提升|实现|完成|收到|收取|发出|编制|梳理|规范(?!性)|优化|调整|开通|上线|运用|采用|做好|推动|深化|强化|坚持|持续|及时|依法|全面|主动|严格|认真|扎实|积极|切实|逐步|定期|集中|统一|同步|通过|依托|利用|围绕|聚焦|针对|结合|按照|根据|对照|邀请|接受|参加|参与|承接|处理|办理|解决|整改|消除|防止|避免|确保|保障|督促|指导|督导|考核|评议|通报|追究|问责|维护|管理|归档|登记|核查|核对|审核|复核|会商|征求|听取|回应|解答|接听|发放|印制|张贴|编印|录制|制作|拍摄|设置|搭建|建设|改版|升级|迁移|整合|关停|注销|未|无|均|已|全部|共)/;

/** Time and place words a clause may open with before its verb (全年, 汛期, 门户网站专栏). */
export const TIME_LEAD =
  // eslint-disable-next-line max-len -- a word list: a data table
  /^(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|第?[一二三四1-4]季度|全年|年内|年初|年中|年底|年末|上半年|下半年|汛期|节假日|每月|每季度|每周|每年|\d{1,2}月(?:份)?|本年度|今年)/;
export const PLACE_LEAD =
  /(网站|专栏|专题|栏目|平台|公众号|微博|客户端|新媒体|窗口|大厅|服务中心|官网|政务网|门户|短信平台)$/;
export const SUBJECT_LEAD = /(机关|单位|部门|中心|法院|人员|群众|申请人|领导|办公室|股室|科室|各股|各科)$/;

/** Labels of notes (`上年问题：`, `明年：`): what the note is, for 五 and for plans; the label is left out. */
export const NOTE_LABELS: ReadonlyArray<[RegExp, 'fixed' | 'issue' | 'measure' | 'plan' | 'other']> = [
  [/^(上一?年度?问题|去年问题|上年|去年|整改|已整改|整改情况)[:：]\s*/, 'fixed'],
  [/^(问题|存在问题|不足|短板|困难)[:：]\s*/, 'issue'],
  [/^(措施|改进|改进措施|举措|对策)[:：]\s*/, 'measure'],
  [/^(明年|下一步|下年|计划|打算|来年|今后)[:：]\s*/, 'plan'],
  [/^(其他|其它|亮点|创新|备注)[:：]\s*/, 'other'],
];

/** How a unit calls itself (本局, 本委…), by the end of its name; 本单位 when none fits. */
const SELF: ReadonlyArray<[RegExp, string]> = [
  [/局$/, '本局'],
  [/委员会$/, '本委'],
  [/办公室$/, '本办'],
  [/中心$/, '本中心'],
  [/(街道办事处|街道)$/, '本街道'],
  [/镇人民政府$/, '本镇'],
  [/乡人民政府$/, '本乡'],
  [/(县|区|市|旗)人民政府$/, '本级政府'],
  [/厅$/, '本厅'],
  [/院$/, '本院'],
  [/馆$/, '本馆'],
  [/所$/, '本所'],
  [/站$/, '本站'],
];

export function selfReference(unit: string): string {
  return SELF.find(([re]) => re.test(unit))?.[1] ?? '本单位';
}
