/**
 * 2011年度工会工作目标管理考核表, transcribed from the seed table
 * (shared/seed/000_a79c898a44027441.txt). Content and 评分标准 are verbatim; each
 * criterion's `text` is its own words from 评分标准 without the "得N分" tail.
 *
 * Choices the table leaves open, recorded in docs/decisions/003-rubric-2011-transcription.md:
 * - Rates named in the content (items 2, 5, 6, 7, 10, 11, 15) are indicator thresholds:
 *   the unit reports numerator and denominator and the criterion is met when the rate
 *   reaches the target. Rates with several conditions (12, 13, 14, 17, 20) stay checked by hand.
 * - Item 8's single 综合打分 criterion cannot be split: 办公室 (named first) judges it.
 * - Item 21: 法律部 judges the stability network and the handling of incidents,
 *   办公室 the chairman's "第一报告人" reporting duty.
 * - Bonus items have no caps: the table sets none.
 */
import { type Rubric, RubricSchema } from './rubric.ts';

const rubric2011Input = {
  year: 2011,
  title: '2011年度工会工作目标管理考核表',
  total: 120,
  step: 0.5,
  departments: [
    { id: 'org', name: '组织部' },
    { id: 'audit', name: '经审办' },
    { id: 'women', name: '女工部' },
    { id: 'legal', name: '法律部' },
    { id: 'office', name: '办公室' },
    { id: 'research', name: '研究室' },
    { id: 'democracy', name: '民管部' },
    { id: 'security', name: '保障部' },
    { id: 'economic', name: '经济工作部' },
    { id: 'publicity', name: '宣教部' },
    { id: 'finance', name: '财务部' },
    { id: 'chairman', name: '主席室' },
  ],
  unitTypes: [
    { id: 'district', name: '区县工会' },
    { id: 'devZone', name: '开发区工会' },
    { id: 'bureau', name: '局（产业）工会' },
  ],
  categories: [
    {
      id: 'organisation',
      name: '组织建设、自身建设',
      items: [
        {
          id: 'party-union-cobuilding',
          number: 1,
          content:
            '深入开展党工共建创先争优活动，落实领导责任、加强舆论宣传、树立先进典型、强化督促检查',
          departments: ['org'],
          baseScore: 6,
          criteriaText: '建立相应领导机构和工作机构得2分，以创先争优推动工会工作成效明显得4分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '建立相应领导机构和工作机构', points: 2 },
              { id: 'b', kind: 'award', text: '以创先争优推动工会工作成效明显', points: 4 },
            ],
          },
        },
        {
          id: 'union-founding',
          number: 2,
          content:
            '加强工会组建，扩大覆盖面。区县和开发区企业建会率达到80%以上，职工入会率达到市总下达的目标任务；局（产业）工会企业建会率达到95%以上，职工入会率达到市总下达的目标任务',
          departments: ['org'],
          baseScore: 10,
          criteriaText: '建会率达到目标要求得5分，职工入会率完成市总目标任务得5分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '建会率达到目标要求',
                points: 5,
                threshold: {
                  indicator: {
                    id: 'enterprise-union-rate',
                    name: '企业建会率',
                    numeratorLabel: '已建会企业数',
                    denominatorLabel: '企业总数',
                  },
                  targets: [
                    { unitTypes: ['district', 'devZone'], percent: 80 },
                    { unitTypes: ['bureau'], percent: 95 },
                  ],
                },
              },
              { id: 'b', kind: 'award', text: '职工入会率完成市总目标任务', points: 5 },
            ],
          },
        },
        {
          id: 'workers-home',
          number: 3,
          content: '积极开展“职工之家”创建活动，增强基层工会活力',
          departments: ['org'],
          baseScore: 3,
          criteriaText:
            '建家活动有计划、有部署得1分，普遍开展建家活动得1分，基层工会作用发挥明显得1分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '建家活动有计划、有部署', points: 1 },
              { id: 'b', kind: 'award', text: '普遍开展建家活动', points: 1 },
              { id: 'c', kind: 'award', text: '基层工会作用发挥明显', points: 1 },
            ],
          },
        },
        {
          id: 'cadre-training',
          number: 4,
          content:
            '积极开展工会干部教育培训，有计划、有部署、有安排；认真完成全年教育培训任务和市总调训任务',
          departments: ['org'],
          baseScore: 3,
          criteriaText: '教育培训有年度计划得1分，完成年度培训任务得1分，完成市总调训任务得1分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '教育培训有年度计划', points: 1 },
              { id: 'b', kind: 'award', text: '完成年度培训任务', points: 1 },
              { id: 'c', kind: 'award', text: '完成市总调训任务', points: 1 },
            ],
          },
        },
        {
          id: 'audit-organisation',
          number: 5,
          content: '建立健全经审组织，经审组织同步组建率达98%以上',
          departments: ['audit'],
          baseScore: 3,
          criteriaText: '同步组建率达标得3分，未达标不得分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'passFail',
                text: '同步组建率达标',
                points: 3,
                threshold: {
                  indicator: {
                    id: 'audit-organisation-rate',
                    name: '经审组织同步组建率',
                    numeratorLabel: '同步组建经审组织的工会数',
                    denominatorLabel: '应组建的工会数',
                  },
                  targets: [{ percent: 98 }],
                },
              },
            ],
          },
        },
        {
          id: 'women-organisation',
          number: 6,
          content: '建立健全女职工组织，女职工组织同步组建率达97%以上',
          departments: ['women'],
          baseScore: 3,
          criteriaText: '同步组建率达标得3分，未达标不得分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'passFail',
                text: '同步组建率达标',
                points: 3,
                threshold: {
                  indicator: {
                    id: 'women-organisation-rate',
                    name: '女职工组织同步组建率',
                    numeratorLabel: '同步组建女职工组织的工会数',
                    denominatorLabel: '应组建的工会数',
                  },
                  targets: [{ percent: 97 }],
                },
              },
            ],
          },
        },
        {
          id: 'dispute-mediation',
          number: 7,
          content:
            '不断扩大企事业单位劳动争议调解组织覆盖面，建会企事业单位60%以上建立劳动争议调解组织',
          departments: ['legal'],
          baseScore: 3,
          criteriaText: '建立劳动争议调解组织达标得3分，未达标不得分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'passFail',
                text: '建立劳动争议调解组织达标',
                points: 3,
                threshold: {
                  indicator: {
                    id: 'mediation-coverage',
                    name: '劳动争议调解组织建立率',
                    numeratorLabel: '建立调解组织的建会企事业单位数',
                    denominatorLabel: '建会企事业单位数',
                  },
                  targets: [{ percent: 60 }],
                },
              },
            ],
          },
        },
        {
          id: 'information',
          number: 8,
          content: '加强信息工作，及时报送相关信息、材料，积极参与市总组织的有关会议、活动',
          departments: ['office', 'org'],
          baseScore: 4,
          criteriaText: '根据信息报送数量和录用情况及市总会议签到情况综合打分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'holistic',
                department: 'office',
                text: '根据信息报送数量和录用情况及市总会议签到情况综合打分',
                max: 4,
              },
            ],
          },
        },
        {
          id: 'research',
          number: 9,
          content: '加强调查研究，按时完成市总委托调研课题或调研任务，每年至少提交1篇调研成果',
          departments: ['research'],
          baseScore: 3,
          criteriaText:
            '建立相应调研工作部门得1分，积极申报并按时完成市总委托调研课题得1分，提交1篇以上调研报告或论文的得1分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '建立相应调研工作部门', points: 1 },
              { id: 'b', kind: 'award', text: '积极申报并按时完成市总委托调研课题', points: 1 },
              { id: 'c', kind: 'award', text: '提交1篇以上调研报告或论文', points: 1 },
            ],
          },
        },
        {
          id: 'legal-person-registration',
          number: 10,
          content:
            '努力提高工会法人资格登记率，基层工会法人资格登记率达90%以上，其中25人以上的基层工会法人资格登记率达100%',
          departments: ['legal'],
          baseScore: 3,
          criteriaText: '法人资格登记率达标得1分，25人以上的基层工会法人资格登记率达标得2分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '法人资格登记率达标',
                points: 1,
                threshold: {
                  indicator: {
                    id: 'legal-person-rate',
                    name: '基层工会法人资格登记率',
                    numeratorLabel: '已登记法人资格的基层工会数',
                    denominatorLabel: '基层工会总数',
                  },
                  targets: [{ percent: 90 }],
                },
              },
              {
                id: 'b',
                kind: 'award',
                text: '25人以上的基层工会法人资格登记率达标',
                points: 2,
                threshold: {
                  indicator: {
                    id: 'legal-person-rate-25',
                    name: '25人以上基层工会法人资格登记率',
                    numeratorLabel: '已登记法人资格的25人以上基层工会数',
                    denominatorLabel: '25人以上基层工会总数',
                  },
                  targets: [{ percent: 100 }],
                },
              },
            ],
          },
        },
      ],
    },
    {
      id: 'institutions',
      name: '制度机制建设',
      items: [
        {
          id: 'collective-contracts',
          number: 11,
          content:
            '大力推进集体协商机制，建会企业80%以上建立集体合同制度、60%以上建立工资集体协商制度，同步推进女职工等专项集体合同，同步签订率达88%以上',
          departments: ['legal', 'women'],
          baseScore: 10,
          criteriaText: '集体合同制度达标得4分，工资集体协商制度达标得4分，女职工专项合同达标得2分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                department: 'legal',
                text: '集体合同制度达标',
                points: 4,
                threshold: {
                  indicator: {
                    id: 'collective-contract-rate',
                    name: '集体合同建制率',
                    numeratorLabel: '建立集体合同制度的建会企业数',
                    denominatorLabel: '建会企业数',
                  },
                  targets: [{ percent: 80 }],
                },
              },
              {
                id: 'b',
                kind: 'award',
                department: 'legal',
                text: '工资集体协商制度达标',
                points: 4,
                threshold: {
                  indicator: {
                    id: 'wage-negotiation-rate',
                    name: '工资集体协商建制率',
                    numeratorLabel: '建立工资集体协商制度的建会企业数',
                    denominatorLabel: '建会企业数',
                  },
                  targets: [{ percent: 60 }],
                },
              },
              {
                id: 'c',
                kind: 'award',
                department: 'women',
                text: '女职工专项合同达标',
                points: 2,
                threshold: {
                  indicator: {
                    id: 'women-contract-rate',
                    name: '女职工专项集体合同同步签订率',
                    numeratorLabel: '同步签订女职工专项集体合同的企业数',
                    denominatorLabel: '签订集体合同的企业数',
                  },
                  targets: [{ percent: 88 }],
                },
              },
            ],
          },
        },
        {
          id: 'workers-congress',
          number: 12,
          content:
            '大力推进职代会制度建设，公有制企事业单位实现全部建制，非公企业职代会建制率达建会企业80%以上，区域性、行业性职代会建制率在上年基础上提高30%。职代会提案制度、巡视制度、职工代表工作制度和质量评估制度等作用发挥明显',
          departments: ['democracy'],
          baseScore: 5,
          criteriaText:
            '有推进的工作目标、措施，取得很好成效的得1分；建制率符合目标要求得2分；所属企事业单位职代会各项工作制度运作有成效，其经验值得普遍推广的得2分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '有推进的工作目标、措施，取得很好成效', points: 1 },
              { id: 'b', kind: 'award', text: '建制率符合目标要求', points: 2 },
              {
                id: 'c',
                kind: 'award',
                text: '所属企事业单位职代会各项工作制度运作有成效，其经验值得普遍推广',
                points: 2,
              },
            ],
          },
        },
        {
          id: 'factory-affairs-openness',
          number: 13,
          content:
            '积极推行厂务公开制度建设，公有制企事业单位100%推行厂务公开，非公企业厂务公开达到80%以上',
          departments: ['democracy'],
          baseScore: 3,
          criteriaText:
            '有推进厂务公开民主管理目标、措施，并付诸实施，取得明显成效的得1分；建制率符合目标要求的得1分；所属企事业单位推进工作有成效，其经验值得普遍推广的得1分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '有推进厂务公开民主管理目标、措施，并付诸实施，取得明显成效',
                points: 1,
              },
              { id: 'b', kind: 'award', text: '建制率符合目标要求', points: 1 },
              {
                id: 'c',
                kind: 'award',
                text: '所属企事业单位推进工作有成效，其经验值得普遍推广',
                points: 1,
              },
            ],
          },
        },
      ],
    },
    {
      id: 'rights',
      name: '维权维稳工作',
      items: [
        {
          id: 'social-insurance',
          number: 14,
          content: '督促企事业单位按时、足额为职工缴纳社会保险费和公积金，参保率和缴交率达100%',
          departments: ['security'],
          baseScore: 3,
          criteriaText: '达标得3分，未达标不得分',
          rule: {
            criteria: [{ id: 'a', kind: 'passFail', text: '参保率和缴交率达100%', points: 3 }],
          },
        },
        {
          id: 'employment-assistance',
          number: 15,
          content:
            '大力开展职工职业培训、职业介绍、创业帮扶、就业援助等活动，就业援助服务成功率达25%以上',
          departments: ['security'],
          baseScore: 3,
          criteriaText: '达标得3分，未达标不得分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'passFail',
                text: '就业援助服务成功率达标',
                points: 3,
                threshold: {
                  indicator: {
                    id: 'employment-assistance-rate',
                    name: '就业援助服务成功率',
                    numeratorLabel: '援助成功人数',
                    denominatorLabel: '接受就业援助服务人数',
                  },
                  targets: [{ percent: 25 }],
                },
              },
            ],
          },
        },
        {
          id: 'hardship-relief',
          number: 16,
          content:
            '大力开展工会“帮困送温暖”和“金秋助学”活动，建立帮困基金，组织职工“一日捐”，困难职工建档率100%',
          departments: ['security'],
          baseScore: 3,
          criteriaText:
            '全面实施各项活动并取得明显实效得3分，效果一般得2分，困难职工建档率不达标整项不得分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'levels',
                text: '活动实施成效',
                levels: [
                  { id: 'effective', text: '全面实施各项活动并取得明显实效', points: 3 },
                  { id: 'average', text: '效果一般', points: 2 },
                ],
              },
              { id: 'b', kind: 'veto', text: '困难职工建档率不达标整项不得分' },
            ],
          },
        },
        {
          id: 'mutual-aid',
          number: 17,
          content:
            '广泛组织职工参加工会互助互济活动，当年职工参加“在职住院补充医疗保障计划”达60%以上；退休职工参加“退休职工补充医疗保障计划”达80%以上；职工参加“特重病保障计划”达20%以上；女职工参加“女职工特重病保障计划”达15%以上；职工或从业人员参加“从业人员意外伤残”和“职工团体意外伤残”互助保障计划达25%以上',
          departments: ['security'],
          baseScore: 3,
          criteriaText: '5项计划参保率全部达标得3分，前4项计划参保率达标得2分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'levels',
                text: '互助保障计划参保率',
                levels: [
                  { id: 'all-five', text: '5项计划参保率全部达标', points: 3 },
                  { id: 'first-four', text: '前4项计划参保率达标', points: 2 },
                ],
              },
            ],
          },
        },
        {
          id: 'model-workers',
          number: 18,
          content:
            '认真做好全国五一劳动奖章、全国工人先锋号、上海市五一劳动奖状（章）评选表彰工作，进一步做好全国、上海市劳动模范管理服务工作',
          departments: ['economic'],
          baseScore: 5,
          criteriaText:
            '做好全国五一劳动奖章、全国工人先锋号、上海市五一劳动奖状（章）评选表彰工作得1分；做好全国劳模“三金”、市劳模特困金的申报工作，按时按要求发放得1分；建立健全劳模管理组织网络并正常开展工作，组织劳模疗休养体检、帮困等工作得2分；做好劳模日常管理工作，按时报送劳模动态信息得1分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '做好全国五一劳动奖章、全国工人先锋号、上海市五一劳动奖状（章）评选表彰工作',
                points: 1,
              },
              {
                id: 'b',
                kind: 'award',
                text: '做好全国劳模“三金”、市劳模特困金的申报工作，按时按要求发放',
                points: 1,
              },
              {
                id: 'c',
                kind: 'award',
                text: '建立健全劳模管理组织网络并正常开展工作，组织劳模疗休养体检、帮困等工作',
                points: 2,
              },
              {
                id: 'd',
                kind: 'award',
                text: '做好劳模日常管理工作，按时报送劳模动态信息',
                points: 1,
              },
            ],
          },
        },
        {
          id: 'ankang-cup',
          number: 19,
          content:
            '深入开展“安康杯”竞赛，加强安全生产和劳动保护监督检查，及时上报重特大安全生产事故',
          departments: ['economic'],
          baseScore: 3,
          criteriaText:
            '积极组织本地区（系统）“安康杯”竞赛，且覆盖面大于80%得1分；认真做好劳动保护工作得2分；发生较大以上事故，2小时以内未上报的扣2分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '积极组织本地区（系统）“安康杯”竞赛，且覆盖面大于80%',
                points: 1,
              },
              { id: 'b', kind: 'award', text: '认真做好劳动保护工作', points: 2 },
              {
                id: 'c',
                kind: 'deduction',
                text: '发生较大以上事故，2小时以内未上报',
                pointsPerOccurrence: 2,
              },
            ],
          },
        },
        {
          id: 'harmonious-relations',
          number: 20,
          content:
            '进一步推进劳动关系和谐企业创建，国有、集体及其控股企业创建率达95%以上，非公企业创建率达60%以上，积极推进街道、镇和工业园区和谐劳动关系的创建',
          departments: ['democracy'],
          baseScore: 4,
          criteriaText:
            '成立由党政领导挂帅，各方参与的领导小组和工作班子，有总体推进思路和工作目标的得2分；创建率达到目标要求，创建工作有成效，经验具有普遍推广价值的得2分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '成立由党政领导挂帅，各方参与的领导小组和工作班子，有总体推进思路和工作目标',
                points: 2,
              },
              {
                id: 'b',
                kind: 'award',
                text: '创建率达到目标要求，创建工作有成效，经验具有普遍推广价值',
                points: 2,
              },
            ],
          },
        },
        {
          id: 'stability',
          number: 21,
          content:
            '切实发挥工会维稳组织网络作用，工会主席认真履行“第一报告人”职责，及时上报和化解群体性突发事件',
          departments: ['legal', 'office'],
          baseScore: 5,
          criteriaText:
            '切实发挥工会维稳组织网络作用得1分，工会主席认真履行“第一报告人”职责得1分，及时上报和化解群体性突发事件得3分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                department: 'legal',
                text: '切实发挥工会维稳组织网络作用',
                points: 1,
              },
              {
                id: 'b',
                kind: 'award',
                department: 'office',
                text: '工会主席认真履行“第一报告人”职责',
                points: 1,
              },
              {
                id: 'c',
                kind: 'award',
                department: 'legal',
                text: '及时上报和化解群体性突发事件',
                points: 3,
              },
            ],
          },
        },
      ],
    },
    {
      id: 'service',
      name: '服务职工、提高素质',
      items: [
        {
          id: 'skills',
          number: 22,
          content:
            '全面施行“培训、练兵、比武、晋级”四位一体的职工技能登高行动，职工获初级以上技能等级证书达60%以上，中高级工和技师比率逐年增长',
          departments: ['economic'],
          baseScore: 3,
          criteriaText:
            '积极开展具有针对性的技能比赛得1分，职工技能等级有显著提高得1分，高技能人才培养有规划、目标和措施得1分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '积极开展具有针对性的技能比赛', points: 1 },
              { id: 'b', kind: 'award', text: '职工技能等级有显著提高', points: 1 },
              { id: 'c', kind: 'award', text: '高技能人才培养有规划、目标和措施', points: 1 },
            ],
          },
        },
        {
          id: 'innovation',
          number: 23,
          content:
            '积极推动群众性科技创新、节能减排活动、深入开展群众性“五小”活动和合理化建议活动及节能减排义务监督活动',
          departments: ['economic'],
          baseScore: 4,
          criteriaText:
            '群众性科技创新和节能减排活动职工参与面广、活动成效显著得1.5分，开展群众性“五小”活动和合理化建议活动得1.5分，建立并完善节能减排义务监督员制度积极开展节能减排义务监督活动得1分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '群众性科技创新和节能减排活动职工参与面广、活动成效显著',
                points: 1.5,
              },
              { id: 'b', kind: 'award', text: '开展群众性“五小”活动和合理化建议活动', points: 1.5 },
              {
                id: 'c',
                kind: 'award',
                text: '建立并完善节能减排义务监督员制度积极开展节能减排义务监督活动',
                points: 1,
              },
            ],
          },
        },
        {
          id: 'pioneer-teams',
          number: 24,
          content: '以创建“工人先锋号”为载体，广泛开展劳动竞赛，切实加强班组建设',
          departments: ['economic'],
          baseScore: 3,
          criteriaText:
            '“工人先锋号”创建和劳动竞赛推进有力、成效显著得2分，班组建设有内容、有活动、有成效得1分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '“工人先锋号”创建和劳动竞赛推进有力、成效显著',
                points: 2,
              },
              { id: 'b', kind: 'award', text: '班组建设有内容、有活动、有成效', points: 1 },
            ],
          },
        },
        {
          id: 'quality-project',
          number: 25,
          content: '深入推进职工素质工程，促进职工全面发展，其中学习型企事业单位创建率达70%以上',
          departments: ['publicity'],
          baseScore: 4,
          criteriaText:
            '推进素质工程有年度实施意见得1分，开展形势任务教育、职业道德建设、精神文明创建得1分，开展“创争”活动、读书活动得1分，开展职工心理援助和思想政治工作得1分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '推进素质工程有年度实施意见', points: 1 },
              {
                id: 'b',
                kind: 'award',
                text: '开展形势任务教育、职业道德建设、精神文明创建',
                points: 1,
              },
              { id: 'c', kind: 'award', text: '开展“创争”活动、读书活动', points: 1 },
              { id: 'd', kind: 'award', text: '开展职工心理援助和思想政治工作', points: 1 },
            ],
          },
        },
        {
          id: 'education-funds',
          number: 26,
          content:
            '足额提取职工教育经费，纳入集体合同条款和职代会报告程序，确保60%的职工教育经费用于一线职工培训',
          departments: ['publicity'],
          baseScore: 2,
          criteriaText:
            '每年足额提取教育经费并有60%以上用于一线职工得1分，提取使用情况纳入集体合同并向职代会报告得1分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '每年足额提取教育经费并有60%以上用于一线职工',
                points: 1,
              },
              { id: 'b', kind: 'award', text: '提取使用情况纳入集体合同并向职代会报告', points: 1 },
            ],
          },
        },
        {
          id: 'culture-sports',
          number: 27,
          content: '加强职工文化建设，确保每年开展文体活动，有资金保障',
          departments: ['publicity'],
          baseScore: 3,
          criteriaText:
            '建有职工文体协会得1分，自建或指导基层加强职工文体活动场地建设得1分，每年至少举办1项职工文化或体育活动得1分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '建有职工文体协会', points: 1 },
              { id: 'b', kind: 'award', text: '自建或指导基层加强职工文体活动场地建设', points: 1 },
              { id: 'c', kind: 'award', text: '每年至少举办1项职工文化或体育活动', points: 1 },
            ],
          },
        },
      ],
    },
    {
      id: 'finance',
      name: '财务经审工作',
      items: [
        {
          id: 'dues-collection',
          number: 28,
          content: '加大工会经费收缴力度，足额上缴经费并持续增长',
          departments: ['finance'],
          baseScore: 7,
          criteriaText: '完成经费上缴考核基数得4分，上缴经费在市总考核基数上增长得7分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'levels',
                text: '经费上缴完成情况',
                levels: [
                  { id: 'base', text: '完成经费上缴考核基数', points: 4 },
                  { id: 'growth', text: '上缴经费在市总考核基数上增长', points: 7 },
                ],
              },
            ],
          },
        },
        {
          id: 'finance-rules',
          number: 29,
          content:
            '建立工会经费大额度使用和专项资金管理决策机制，严格工会财务制度，规范合理使用工会经费',
          departments: ['finance'],
          baseScore: 2,
          criteriaText:
            '建立工会经费大额度使用和专项资金管理决策机制得1分，严格工会财务制度，规范合理使用工会经费得1分',
          rule: {
            criteria: [
              {
                id: 'a',
                kind: 'award',
                text: '建立工会经费大额度使用和专项资金管理决策机制',
                points: 1,
              },
              { id: 'b', kind: 'award', text: '严格工会财务制度，规范合理使用工会经费', points: 1 },
            ],
          },
        },
        {
          id: 'audit-supervision',
          number: 30,
          content:
            '健全审计监督各项制度，实现经审工作规范化；认真开展预、决算执行情况和专项资金等各项市总下达的工作目标任务',
          departments: ['audit'],
          baseScore: 4,
          criteriaText:
            '开展各项审计工作得2分，未按规定开展审计工作缺一项扣1分；参加经审工作规范化建设考核得2分',
          rule: {
            criteria: [
              { id: 'a', kind: 'award', text: '开展各项审计工作', points: 2 },
              {
                id: 'b',
                kind: 'deduction',
                text: '未按规定开展审计工作缺一项',
                pointsPerOccurrence: 1,
              },
              { id: 'c', kind: 'award', text: '参加经审工作规范化建设考核', points: 2 },
            ],
          },
        },
      ],
    },
  ],
  bonusItems: [
    {
      id: 'bonus-excellence',
      content: '创先争优工作有特色、有创新，取得的成效在全市有推广价值',
      department: 'chairman',
      cap: null,
    },
    {
      id: 'bonus-breakthrough',
      content: '“两个普遍”等重点工作取得突破性进展或成绩突出的',
      department: 'chairman',
      cap: null,
    },
    {
      id: 'bonus-honours',
      content: '荣获全国先进称号的；出色完成市总交办的各项任务的',
      department: null,
      cap: null,
    },
  ],
  bonusCap: null,
};

/** The 2011 rubric, parsed through the schema (defaults applied). */
export const rubric2011: Rubric = RubricSchema.parse(rubric2011Input);
