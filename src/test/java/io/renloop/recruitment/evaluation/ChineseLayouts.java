package io.renloop.recruitment.evaluation;

import io.renloop.recruitment.evaluation.EvaluationLayouts.Dates;
import io.renloop.recruitment.evaluation.EvaluationLayouts.Rendered;
import io.renloop.recruitment.evaluation.EvaluationPeople.Job;
import io.renloop.recruitment.evaluation.EvaluationPeople.Person;
import io.renloop.recruitment.evaluation.EvaluationPeople.School;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Chinese resume layouts as people write them, each a method from a person to a document and its labels. */
final class ChineseLayouts {

	private static final Dates DOT = Dates.months(ym -> "%d.%02d".formatted(ym.year(), ym.month()), "-", "至今");

	private static final Dates SLASH = Dates.months(ym -> "%d/%02d".formatted(ym.year(), ym.month()), " — ", "至今");

	private static final Dates CHINESE = Dates.months(ym -> "%d年%d月".formatted(ym.year(), ym.month()), "—", "至今");

	private static final Dates CHINESE_PADDED = Dates.months(ym -> "%d年%02d月".formatted(ym.year(), ym.month()), " - ", "今");

	private static final Dates TILDE = Dates.months(ym -> "%d.%d".formatted(ym.year(), ym.month()), "~", "现在");

	private static final Dates TO = Dates.months(ym -> "%d-%02d".formatted(ym.year(), ym.month()), " 至 ", "至今");

	private ChineseLayouts() {
	}

	/** 个人简历 with 姓名： labels, "时间  学校  专业  学历" and "时间  公司  职位" lines, · bullets. */
	static Rendered classic(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? DOT : CHINESE;
		EvaluationDocument doc = new EvaluationDocument().line("个人简历")
			.line("姓名：" + p.name())
			.line("性别：" + (random.nextBoolean() ? "男" : "女") + "    民族：汉族")
			.line("出生年月：199" + random.nextInt(10) + ".0" + (1 + random.nextInt(9)) + "    政治面貌：群众")
			.line("手机：" + p.phone() + "    邮箱：" + p.email())
			.line("教育背景");
		for (School s : p.schools()) {
			doc.line(dates.range(s.start(), s.end()) + "  " + s.name() + "  " + s.major() + "  " + s.degreeWritten());
		}
		doc.line("工作经历");
		for (Job j : p.jobs()) {
			doc.line(dates.range(j.start(), j.end()) + "  " + j.organization() + "  " + j.title());
			j.duties().forEach(d -> doc.line("· " + d));
		}
		doc.line("专业技能").line(String.join("、", p.skills())).line("证书").line(String.join("、", p.certificates()));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}

	/** Name alone on top, 【】 headings, "学校 | 专业 | 学历 | 时间" and "公司 | 职位 | 时间", 工作内容 lines. */
	static Rendered bars(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? SLASH : TO;
		EvaluationDocument doc = new EvaluationDocument().line(p.name())
			.line("电话：" + p.phone() + " | 邮箱：" + p.email())
			.blank()
			.line("【教育背景】");
		for (School s : p.schools()) {
			doc.line(s.name() + " | " + s.major() + " | " + s.degreeWritten() + " | " + dates.range(s.start(), s.end()));
		}
		doc.blank().line("【工作经历】");
		for (Job j : p.jobs()) {
			doc.line(j.organization() + " | " + j.title() + " | " + dates.range(j.start(), j.end()));
			doc.line("工作内容：" + String.join("；", j.duties()) + "。");
		}
		doc.blank().line("【技能特长】");
		List<String> skills = p.skills();
		int half = skills.size() / 2;
		doc.line("熟练掌握" + String.join("、", skills.subList(0, half)) + "等");
		doc.line("熟悉" + String.join("、", skills.subList(half, skills.size())));
		doc.blank().line("【证书】");
		for (String c : p.certificates()) {
			doc.line((2012 + random.nextInt(12)) + "." + "%02d".formatted(1 + random.nextInt(12)) + "  获得" + c);
		}
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}

	/** A Word template: personal details, education and work in tables with header rows. */
	static Rendered tables(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? DOT : CHINESE_PADDED;
		School last = p.schools().get(0);
		EvaluationDocument doc = new EvaluationDocument().line("个 人 简 历")
			.table(List.of(List.of("姓名", p.name(), "联系电话", p.phone()), List.of("电子邮箱", p.email(), "最高学历", last.degreeWritten())))
			.line("教育经历");
		List<List<String>> education = new ArrayList<>();
		education.add(List.of("时间", "学校", "专业", "学历"));
		p.schools().forEach(s -> education.add(List.of(dates.range(s.start(), s.end()), s.name(), s.major(), s.degreeWritten())));
		doc.table(education).line("工作经历");
		List<List<String>> work = new ArrayList<>();
		work.add(List.of("起止时间", "公司名称", "职位", "工作内容"));
		p.jobs().forEach(j -> work.add(List.of(dates.range(j.start(), j.end()), j.organization(), j.title(), j.duties().get(0))));
		doc.table(work).line("专业技能").line(String.join(" / ", p.skills())).line("资格证书");
		p.certificates().forEach(c -> doc.line("• " + c));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}

	/** Dates on their own line above "学校  学历  专业" and "公司 · 职位", dash bullets, certificates with years. */
	static Rendered datesAbove(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? CHINESE_PADDED : DOT;
		EvaluationDocument doc = new EvaluationDocument().line(p.name())
			.line("求职意向：" + p.jobs().get(0).title())
			.line("手机 " + p.phone() + "  邮箱 " + p.email())
			.blank()
			.line("教育经历");
		for (School s : p.schools()) {
			doc.line(dates.range(s.start(), s.end())).line(s.name() + "  " + s.degreeWritten() + "  " + s.major());
		}
		doc.blank().line("工作经历");
		for (Job j : p.jobs()) {
			doc.line(dates.range(j.start(), j.end())).line(j.organization() + " · " + j.title());
			j.duties().forEach(d -> doc.line("- " + d));
		}
		doc.blank().line("技能").line("- 工具与技术：" + String.join("，", p.skills()));
		doc.line("证书");
		p.certificates().forEach(c -> doc.line(c + "（" + (2013 + random.nextInt(11)) + "年）"));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}

	/** No name anywhere: 个人简历, 求职意向, numbered headings, "专业" after the major, 职位 on the next line. */
	static Rendered nameless(Person p, SplittableRandom random) {
		Dates dates = TILDE;
		EvaluationDocument doc = new EvaluationDocument().line("个人简历")
			.line("求职意向：" + p.jobs().get(0).title())
			.line("联系电话：" + p.phone())
			.line("电子邮箱：" + p.email())
			.line("一、教育背景");
		for (School s : p.schools()) {
			doc.line(s.name() + "  " + s.major() + "专业  " + s.degreeWritten() + "  " + dates.range(s.start(), s.end()));
		}
		doc.line("二、工作经历");
		for (Job j : p.jobs()) {
			doc.line(dates.range(j.start(), j.end()) + "  " + j.organization()).line("职位：" + j.title());
			for (int i = 0; i < j.duties().size(); i++) {
				doc.line((i + 1) + ". " + j.duties().get(i));
			}
		}
		doc.line("三、专业技能").line(String.join("、", p.skills())).line("四、获得证书").line(String.join("；", p.certificates()));
		return new Rendered(doc, EvaluationLayouts.gold(p, false, dates, dates, true));
	}

	/** Labelled cells on one line: "学校：… 专业：… 学历：… 时间：…", "公司：… 职位：… 时间：…". */
	static Rendered labelled(Person p, SplittableRandom random) {
		Dates dates = random.nextBoolean() ? DOT : SLASH;
		EvaluationDocument doc = new EvaluationDocument()
			.line("姓名：" + p.name() + "   电话：" + p.phone() + "   邮箱：" + p.email())
			.line("性别：" + (random.nextBoolean() ? "女" : "男") + "   婚姻状况：未婚")
			.line("教育背景");
		for (School s : p.schools()) {
			doc.line("学校：" + s.name() + "  专业：" + s.major() + "  学历：" + s.degreeWritten() + "  时间："
					+ dates.range(s.start(), s.end()));
		}
		doc.line("工作经历");
		for (Job j : p.jobs()) {
			doc.line("公司：" + j.organization() + "  职位：" + j.title() + "  时间：" + dates.range(j.start(), j.end()));
			doc.line("工作内容：" + j.duties().get(0));
		}
		doc.line("技能特长").line(String.join(" | ", p.skills())).line("证书").line(String.join("；", p.certificates()));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}

	/** Comma-separated lines: "姓名，电话，邮箱", "时间，学校，专业，学历", "时间，公司，职位". */
	static Rendered commas(Person p, SplittableRandom random) {
		Dates dates = CHINESE;
		EvaluationDocument doc = new EvaluationDocument().line(p.name() + "，" + p.phone() + "，" + p.email())
			.blank()
			.line("教育经历：");
		for (School s : p.schools()) {
			doc.line(dates.range(s.start(), s.end()) + "，" + s.name() + "，" + s.major() + "，" + s.degreeWritten());
		}
		doc.line("工作经历：");
		for (Job j : p.jobs()) {
			doc.line(dates.range(j.start(), j.end()) + "，" + j.organization() + "，" + j.title());
			doc.line(String.join("；", j.duties()) + "。");
		}
		doc.line("技能：" + String.join("、", p.skills()));
		doc.line("证书：" + String.join("、", p.certificates()));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}

	/** Bilingual headings, dates first with bars, organisation with its dates in parentheses over the title. */
	static Rendered bilingual(Person p, SplittableRandom random) {
		Dates dates = CHINESE_PADDED;
		EvaluationDocument doc = new EvaluationDocument().line(p.name() + "  |  " + p.phone() + "  |  " + p.email())
			.line("教育背景 Education");
		for (School s : p.schools()) {
			doc.line(dates.range(s.start(), s.end()) + " | " + s.name() + " | " + s.major() + " | " + s.degreeWritten());
		}
		doc.line("工作经历 Experience");
		for (Job j : p.jobs()) {
			doc.line(j.organization() + "（" + dates.range(j.start(), j.end()) + "）").line(j.title());
			j.duties().forEach(d -> doc.line("• " + d));
		}
		doc.line("专业技能 Skills").line("• " + String.join(" / ", p.skills())).line("证书 Certificates");
		p.certificates().forEach(c -> doc.line("• " + c));
		return new Rendered(doc, EvaluationLayouts.gold(p, true, dates, dates, true));
	}
}
