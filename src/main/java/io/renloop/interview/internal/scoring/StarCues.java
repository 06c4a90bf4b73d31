package io.renloop.interview.internal.scoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words that mark the four parts of a STAR answer (situation, task, action, result) in Chinese and English.
 * A part is present when one sentence of the answer carries one of its cues.
 */
final class StarCues {

	private static final List<Pattern> CHINESE = List.of(
			Pattern.compile("当时|那时|有一次|有一回|曾经|去年|前年|之前|以前|那年|\\d{4}年|在[^，。]{1,12}(公司|项目|单位|部门|矿|队|期间|时)|背景|遇到"),
			Pattern.compile("任务|目标|负责|职责|要求我|需要我|我的工作是|我要|我需要|指标|期限"),
			Pattern.compile("我(先|首先|立即|马上|主动|就|随后|接着|又|还|亲自|带领|组织|联系|制定|安排|协调|分析|提出|决定|采取|找|召集|调整|说服|整理|设计|编写|跟进|沟通)|首先|然后|接着|随后|采取|于是"),
			Pattern.compile("结果|最终|最后|成功|提高了|提升了|降低了|减少了|增加了|完成了|达到|达成|收获|学到|体会|满意|按时|提前|%|％|百分之"));

	private static final List<Pattern> ENGLISH = List.of(
			Pattern.compile("(?i)\\b(when i|at my (previous|last|former)|last (year|month|quarter|week|spring|summer|autumn|fall|winter)|once|in (19|20)\\d\\d|the situation|we were|there was|our (client|team|company|customer|manager))\\b"),
			Pattern.compile("(?i)\\b(my (task|job|goal|role|responsibility)|i was (asked|responsible|tasked)|(i|we|team) had to|(i|we) needed to|had (only )?\\w+ (days|weeks|hours)|the goal|target|deadline)\\b"),
			Pattern.compile("(?i)\\b(i|we) (first |then |immediately |personally |also )?(\\w+ed|sent|made|took|wrote|built|ran|met|led|spoke|told|gave|set|went|brought|chose|found|began|drew|split|put)\\b"),
			Pattern.compile("(?i)\\b(as a result|result|in the end|finally|eventually|increased|reduced|saved|improved|cut|achieved|delivered|learned|learnt|on time)\\b|%|percent"));

	private StarCues() {
	}

	/** For each part S, T, A, R: whether a sentence carries one of its cues. */
	static boolean[] parts(List<String> sentences, boolean chinese) {
		List<Pattern> cues = chinese ? CHINESE : ENGLISH;
		boolean[] present = new boolean[cues.size()];
		for (String sentence : sentences) {
			for (int part = 0; part < cues.size(); part++) {
				present[part] |= cues.get(part).matcher(sentence).find();
			}
		}
		return present;
	}
}
