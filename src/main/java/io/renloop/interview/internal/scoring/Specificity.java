package io.renloop.interview.internal.scoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How concrete an answer is, 0–1: sentences with numbers (quantities, times, percentages) and first-person
 * actions count for it, generic self-praise ("我很认真", "I am a hard worker") against it.
 */
final class Specificity {

	private static final Pattern NUMBER = Pattern
		.compile("\\d|[一二两三四五六七八九十百千万]+\\s*(个|次|名|人|分钟|小时|天|周|月|年|米|吨|元|万|%|倍|项|条|台|家)|百分之|(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|percent)\\b");

	private static final Pattern CHINESE_ACTION = Pattern
		.compile("我(们)?(先|首先|立即|马上|主动|亲自|随后|接着|就|又|还)?(组织|联系|制定|安排|协调|分析|提出|决定|采取|召集|调整|说服|整理|设计|编写|跟进|沟通|检查|停止|撤离|报告|汇报|通知|打电话|切断|关闭|核实|记录|确认|解释|倾听|询问|对比|演示|提供|修复|测试|排查|上报|带领|培训)");

	private static final Pattern ENGLISH_ACTION = Pattern.compile(
			"(?i)\\b(i|we) (first |then |immediately |personally )?(decided|organi[sz]ed|called|met|set up|created|built|wrote|analy[sz]ed|proposed|talked|spoke|listened|asked|led|coordinated|arranged|reviewed|changed|introduced|negotiated|trained|fixed|checked|stopped|reported|explained|offered|compared|tested|would \\w+)\\b");

	private static final Pattern GENERIC = Pattern.compile(
			"认真|负责任|踏实|努力|尽力|尽量|一定会|积极|很好|非常好|吃苦耐劳|团队合作精神|责任心|细心|(?i)\\b(hard[- ]working|hard worker|team player|passionate|always do my best|detail[- ]oriented|go the extra mile|people person|very good)\\b");

	private Specificity() {
	}

	static double of(List<String> sentences, boolean chinese) {
		if (sentences.isEmpty()) {
			return 0;
		}
		int numbers = 0;
		int actions = 0;
		int generic = 0;
		for (String sentence : sentences) {
			numbers += NUMBER.matcher(sentence).find() ? 1 : 0;
			actions += (chinese ? CHINESE_ACTION : ENGLISH_ACTION).matcher(sentence).find() ? 1 : 0;
			generic += GENERIC.matcher(sentence).find() ? 1 : 0;
		}
		double n = sentences.size();
		double value = 0.4 * Math.min(1, numbers / 2.0) + 0.6 * Math.min(1, actions / Math.min(3.0, n))
				- 0.5 * generic / n;
		return Math.round(1000 * Evidence.clamp(value)) / 1000.0;
	}
}
