package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.internal.EntryHead.Role;
import io.renloop.recruitment.internal.EntryHead.RoleCell;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organisation and the job title from the cells of an experience entry's head. A cell is a title when it
 * ends with a job's head word (工程师, 经理, Engineer, Manager…) or is a listed title; an organisation when it ends
 * with a legal form or an institution word (有限公司, 集团, Inc., Bank…), is a listed school, or was tagged as one;
 * places (“Beijing”, “San Francisco, CA”) and departments (技术部, Platform Team) are neither. A cell that holds an
 * organisation followed by a title — as PDFs give "Acme Inc. Senior Engineer" — is split in two.
 */
final class JobCells {

	private static final String ENGLISH_HEADS = "Engineer|Developer|Programmer|Manager|Director|Analyst|Scientist|Designer|"
			+ "Architect|Consultant|Specialist|Coordinator|Administrator|Officer|Assistant|Associate|Intern|Lead|Head|"
			+ "President|VP|Accountant|Auditor|Controller|Representative|Recruiter|Partner|Advisor|Adviser|Counsel|Lawyer|"
			+ "Attorney|Nurse|Teacher|Lecturer|Professor|Researcher|Technician|Operator|Supervisor|Editor|Writer|Planner|"
			+ "Buyer|Trainer|Executive|Clerk|Agent|Owner|Founder|Co-founder|Chef|Pharmacist|Physician|Therapist|"
			+ "Strategist|Marketer|Producer|Secretary|Receptionist|Cashier|Foreman|Electrician|Welder|Mechanic|Inspector|"
			+ "Surveyor|Economist|Statistician|Tester|SRE|Fellow|CEO|CTO|CFO|COO|CIO|Generalist|Bookkeeper|Paralegal|"
			+ "Instructor|Tutor|Librarian|Investigator|Estimator|Underwriter|Actuary|Teller|Banker|Trader|Broker|Practitioner|"
			+ "Hygienist|Paramedic|Dietitian|Midwife|Caregiver|Attendant|Driver|Chemist|Biologist|Geologist";

	private static final Pattern ENGLISH_TITLE = Pattern.compile("(?:(?:[A-Za-z/&+.'()\\-]+\\s+){0,6}(?:" + ENGLISH_HEADS
			+ ")s?(?:\\s+(?:I{1,3}|IV|V|[1-5]))?|(?:Head|Director|VP|Vice President|Chief \\w+ Officer)\\s+(?:of|for)\\s+.{2,40})");

	private static final Pattern CHINESE_TITLE = Pattern.compile("[\\p{IsHan}A-Za-z0-9/（）()+#.]{0,14}?(?:工程师|经理|主管|专员|总监|"
			+ "助理|顾问|架构师|分析师|设计师|会计|出纳|实习生|主任|组长|总裁|负责人|代表|研究员|讲师|教师|护士|医生|医师|司机|"
			+ "技术员|操作工|班长|文员|秘书|编辑|记者|律师|审计师|会计师|科学家|运营|总经理|董事长|董事|厂长|矿长|队长|科长|"
			+ "部长|处长|店长|合伙人|创始人|开发|测试|程序员|教练|督导|专家|电工|焊工|检查工|策划|翻译|员|师|长|工)");

	private static final Pattern ORGANIZATION = Pattern.compile(".*?(?:有限责任公司|股份有限公司|有限公司|集团|公司|银行|"
			+ "研究院|研究所|事务所|医院|大学|学院|学校|中学|小学|幼儿园|厂|矿|局|中心|委员会|协会|分行|支行|工作室)(?:[（(].{1,10}[）)])?"
			+ "|(?i:.*\\b(?:inc\\.?|ltd\\.?|llc|l\\.l\\.c\\.|co\\.,?\\s*ltd\\.?|corporation|corp\\.?|company|group|gmbh|ag|plc|"
			+ "llp|technologies|bank|university|institute|college|hospital|clinic|agency|foundation|labs?|studios?|"
			+ "partners|consulting|capital|holdings|systems|solutions|school|ministry|council|associates|center|centre|"
			+ "health|medical|motors|airlines|pharmaceuticals|enterprises|traders|system|network|living|lab)\\b\\.?)");

	private static final String CITIES = "new york(?: city)?|san francisco|seattle|london|boston|chicago|austin|toronto|"
			+ "vancouver|berlin|paris|sydney|melbourne|los angeles|hong kong|tokyo|dublin|amsterdam|mountain view|palo alto|"
			+ "menlo park|redmond|cupertino|denver|atlanta|oakland|rochester|houston|dallas|miami|philadelphia|phoenix|"
			+ "san diego|san jose|portland|pittsburgh|ann arbor|montreal|manchester|singapore|beijing|shanghai|shenzhen|"
			+ "guangzhou|hangzhou";

	/** A place, as resumes put next to employers and schools: a city, a state or country code, remote. */
	private static final Pattern PLACE = Pattern.compile("(?i)remote|hybrid|on-?site|[A-Z]{2}|usa|u\\.s\\.a?\\.?|uk|china|canada|"
			+ "germany|washington|dc|" + CITIES + "|"
			+ "(?:北京|上海|广州|深圳|杭州|成都|南京|武汉|西安|苏州|天津|重庆|长沙|郑州|青岛|厦门|合肥|济南|大连|沈阳|太原|福州|"
			+ "昆明|宁波|无锡|东莞|佛山|香港|徐州|大同|榆林|鄂尔多斯)市?");

	/** "Kaiser Permanente Seattle": a PDF joins an employer and the city in the next column with one space. */
	private static final Pattern TRAILING_CITY = Pattern.compile("(?i)(.{2,}?)\\s+(?:" + CITIES + ")");

	private static final Pattern DEPARTMENT = Pattern.compile("[\\p{IsHan}A-Za-z]{1,10}(?:部|部门|事业部|事业群|团队|小组|组)"
			+ "|(?i:.*\\b(?:department|dept\\.?|team|division|group|unit|ward)$)");

	private final Lexicons lexicons;

	JobCells(Lexicons lexicons) {
		this.lexicons = lexicons;
	}

	/** The organisation and title the cells name; either may be null. */
	Job read(EntryHead head, List<Entity> entities) {
		String organization = text(head.marked(Role.ORGANIZATION));
		String title = text(head.marked(Role.TITLE));
		List<String> unknown = new ArrayList<>();
		for (String cell : split(head.cells())) {
			if (title == null && isTitle(cell) && !isOrganization(cell)) {
				title = cell;
			}
			else if (organization == null && (isOrganization(cell) || tagged(cell, head, entities))) {
				organization = cell;
			}
			else if (!isPlace(cell) && !DEPARTMENT.matcher(cell).matches() && !isTitle(cell)) {
				unknown.add(cell);
			}
		}
		if (organization == null && !unknown.isEmpty()) {
			organization = unknown.remove(0);
		}
		if (title == null && organization != null && unknown.size() == 1) {
			// "中建三局 · HRBP": beside a known organisation, the one cell left is the title
			title = unknown.get(0);
		}
		return new Job(organization, title);
	}

	/**
	 * The title written next to {@code organization} elsewhere in the resume ("Data Scientist - Matelabs" in a
	 * header whose experience section only lists "company - Matelabs"), or null.
	 */
	String titleBeside(String organization, List<Section> sections) {
		for (Section section : sections) {
			for (Line line : section.lines()) {
				List<String> cells = LineCells.of(line.text()).stream().map(LineCells.Cell::text).toList();
				if (cells.size() == 2 && cells.contains(organization)) {
					String other = cells.get(0).equals(organization) ? cells.get(1) : cells.get(0);
					if (isTitle(other)) {
						return other;
					}
				}
			}
		}
		return null;
	}

	/** Unlabelled cells, with "Acme Inc. Senior Engineer" or "某某有限公司采矿工程师" split into organisation and title. */
	private List<String> split(List<RoleCell> cells) {
		List<String> parts = new ArrayList<>();
		for (RoleCell cell : cells) {
			if (cell.role() != null) {
				continue;
			}
			String text = withoutTrailingCity(cell.text());
			Matcher company = ExperienceReader.COMPANY.matcher(text);
			int end = -1;
			while (company.find()) {
				end = company.end();
			}
			String rest = end > 0 ? text.substring(end).strip() : "";
			if (end > 0 && !rest.isEmpty() && isTitle(rest)) {
				parts.add(text.substring(0, end).strip());
				parts.add(rest);
			}
			else {
				parts.add(text);
			}
		}
		return parts;
	}

	private static final java.util.Set<String> STATE_CODES = java.util.Set.of(("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS "
			+ "KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON BC QC AB")
		.split(" "));

	private static final Pattern CITY_LIKE = Pattern.compile("\\p{Lu}[\\p{L}.'\\-]+(?: \\p{Lu}[\\p{L}.'\\-]+){0,2}");

	/** A US state or Canadian province code, as in “Boise, ID”. */
	static boolean isStateCode(String cell) {
		return STATE_CODES.contains(cell);
	}

	/** “Athens” in “Athens, GA”: one to three capitalised words followed by a state code, without an institution word. */
	static boolean isCityBeforeState(String cell, String next) {
		return next != null && isStateCode(next) && CITY_LIKE.matcher(cell).matches() && !ORGANIZATION.matcher(cell).matches()
				&& !cell.matches("(?i).*\\b(?:university|college|institute|school|academy)\\b.*");
	}

	/** Whether a cell names a place rather than an organisation, school or major. */
	static boolean isPlace(String cell) {
		return PLACE.matcher(cell).matches();
	}

	/** The cell without a city a PDF joined to its end; the cell itself when there is none. */
	static String withoutTrailingCity(String cell) {
		Matcher m = TRAILING_CITY.matcher(cell);
		boolean cityIsPartOfTheName = m.matches() && m.group(1).matches("(?i).*\\b(?:of|at|in)");
		return m.matches() && !cityIsPartOfTheName && LatinEntities.mostlyLatin(cell) ? m.group(1) : cell;
	}

	private boolean isTitle(String cell) {
		if (cell.length() > 60) {
			return false;
		}
		if (lexicons.titles().contains(cell)) {
			return true;
		}
		return LatinEntities.mostlyLatin(cell) ? ENGLISH_TITLE.matcher(cell).matches() : CHINESE_TITLE.matcher(cell).matches();
	}

	private boolean isOrganization(String cell) {
		return ORGANIZATION.matcher(cell).matches() || !lexicons.universities().find(cell).isEmpty()
				&& lexicons.universities().find(cell).get(0).text().length() == cell.length();
	}

	private static boolean tagged(String cell, EntryHead head, List<Entity> entities) {
		return head.cells()
			.stream()
			.filter(c -> c.text().equals(cell))
			.anyMatch(c -> entities.stream()
				.anyMatch(e -> e.type() == EntityType.ORG && e.start() >= c.offset()
						&& e.end() <= c.offset() + c.text().length() && e.text().length() * 2 >= cell.length()));
	}

	private static String text(RoleCell cell) {
		return cell == null ? null : cell.text();
	}

	/** What a head names; either may be null. */
	record Job(String organization, String title) {
	}
}
