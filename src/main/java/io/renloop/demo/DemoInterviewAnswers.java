package io.renloop.demo;

import java.util.List;
import java.util.Map;

/**
 * The AI interviews of the demo tenant: three questions of the demo bank per opening (one per competency dimension)
 * and, per question, a thorough answer and a thin one as real candidates write them on a phone.
 */
final class DemoInterviewAnswers {

	/** A question of the demo bank by key, with a thorough and a thin answer. */
	record Answered(String questionKey, String thorough, String thin) {
	}

	private DemoInterviewAnswers() {
	}

	/** By position code: the questions of the opening's plan in the order they are asked. */
	static final Map<String, List<Answered>> BY_POSITION = Map.of(
			"SAFETY-ENG", List.of(
					new Answered("safety-gas-exceeded",
							"第一，瓦斯便携仪报警到1.2%，我会立即停止作业，停止电钻打眼和爆破。第二，浓度还在上升，接近1.5%就切断工作面电源，"
									+ "组织人员沿避灾路线撤到进风巷道的新鲜风流处，并在入口设置警戒，禁止人员进入。第三，立即向班组长和矿调度室报告地点、浓度和人员撤离情况。"
									+ "最后，不得擅自处理，也不擅自送电，等通风队瓦检员查明原因、浓度降下来确认安全后才恢复作业。",
							"先停下来，然后跑出去，告诉班长。"),
					new Answered("ops-hydraulic-support",
							"移架前先检查管路、阀组、立柱和安全阀，确认没有漏液和损坏。操作前喊话、发信号，确认架前架间无人，我站在邻架操作，不站在被移支架下面。"
									+ "采煤机过后及时移架，少降快移，尽量带压擦顶移架。升架要达到规定初撑力，接顶严实，保持支架成一条直线，"
									+ "然后及时伸出护帮板和前探梁，按规定距离推移刮板输送机。",
							"按操作规程移架，注意安全，移完升起来就行。"),
					new Answered("ops-production-vs-safety",
							"我会明确拒绝，支护不到位就不割煤，这是违章指挥。我会跟队长讲清楚空顶作业可能冒顶伤人，规程不允许。"
									+ "同时提出办法：组织人手加快移架，调整割煤和移架的工序配合，把耽误的时间赶回来。如果队长还是坚持，我会向调度室和安监部门反映。",
							"队长让割就割吧，月底任务紧，大家都这么干，注意点就行。")),
			"SHEARER", List.of(
					new Answered("safety-roof-warning-signs",
							"来压前一般有声响，顶板有断裂声、闷雷声，支架受压咯咯响；掉渣和片帮增多，顶板裂隙张开、出现离层；支架压力增大，安全阀频繁开启，"
									+ "有时淋水或瓦斯涌出也会增加。发现这些征兆，我先立即停止作业，带人迅速撤到安全地点，然后报告班组长和调度室，"
									+ "经过敲帮问顶、加强支护确认安全后才恢复作业。",
							"会掉渣，顶板响。发现了就赶紧跑，跑到安全的地方。"),
					new Answered("ops-shearer-startup-check",
							"开机前检查截齿是否齐全锋利，各部螺栓紧固，油位正常，没有漏油；检查电缆和拖缆装置没有挤压破损，闭锁和急停灵敏可靠；"
									+ "检查喷雾和供水，内喷雾不小于2兆帕、外喷雾不小于4兆帕；检查工作面瓦斯浓度低于1.0%，巡视采煤机周围确认无人。"
									+ "启动时先发出预警信号，先供水开喷雾，再启动刮板输送机，空转试车正常后再割煤。",
							"看看截齿和油，没问题就开机割煤。"),
					new Answered("safety-shift-handover",
							"交接班必须在工作现场当面交接，手口相传，不在地面或者电话里交。要交清顶板、瓦斯、支护这些安全状况和没处理完的隐患，"
									+ "交清设备运行情况、故障和工具材料。然后填写交接班记录，双方签字，没交清不离岗。接班后先敲帮问顶，检查瓦斯和设备，确认安全再开工。",
							"把情况跟下一班说一下，设备有问题告诉他们。")),
			"SALES-MGR", List.of(
					new Answered("sales-price-objection",
							"我不会急着反驳或者降价，先认同他的顾虑，问清楚他对比的是哪家、什么煤质、预算压力在哪里。然后用价值说话："
									+ "我们的煤热值高、硫分低、供货稳定，折算到每千卡的价格和发电成本其实更低。我会拿同类电厂用我们煤后煤耗下降的数据给他看。"
									+ "最后在授权范围内提量价挂钩或者调整账期的方案，约好下周带化验数据再去拜访。",
							"我会说我们的煤质量好，一分钱一分货，实在不行就申请给他降点价。"),
					new Answered("sales-negotiation",
							"去年和一家钢厂谈年度长协，分歧在价格和付款方式：对方要求每吨降40元、账期延长到90天。谈前我了解了他们的库存和替代供应商，"
									+ "定了目标价和底线，也准备了铁路直发的替代方案。谈判中我不单方面让步，用增加年采购量换价格，用承兑汇票换账期。"
									+ "最后签了60万吨，每吨降15元，账期60天。体会是要先摸清对方真实利益，用交换代替让步。",
							"谈过很多次，有时候客户压价很厉害，我就跟领导申请，最后基本都谈下来了。"),
					new Answered("sales-overdue-collection",
							"先对账，确认800万的金额和合同账期，同时了解客户真实的经营和资金状况。然后找财务负责人和老板当面谈，而不只是找采购。"
									+ "谈出书面还款计划，分期、写明日期，必要时要求担保或者承兑。同时控制风险，暂停或减少发货、下调信用额度，发催款函保留证据。"
									+ "如果还是拖，按公司流程上报，请法务介入。",
							"多打电话催，经常去客户那里坐坐，关系搞好了钱自然就回来了。")));
}
