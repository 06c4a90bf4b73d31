package io.renloop.recruitment.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a piece of text looks like a person's name: two to four Chinese characters beginning with a common
 * surname (or a name with a middle dot, 买买提·艾力), or two to four capitalised Latin words none of which is a word
 * resumes use for headings or job titles ("Education Details", "Senior Engineer", "Curriculum Vitae").
 */
final class PersonNames {

	private static final String SINGLE_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
			+ "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
			+ "温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
			+ "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
			+ "米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班"
			+ "储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容"
			+ "敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干"
			+ "但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
			"慕容", "令狐", "长孙", "宇文", "夏侯", "轩辕", "端木", "司徒", "西门", "南宫", "独孤");

	private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{2,8}·[\\p{IsHan}]{2,8}");

	private static final Pattern NOT_CHINESE_NAME = Pattern.compile(".*(?:简历|履历|教育|工作|技能|证书|信息|经历|经验|项目|评价|"
			+ "联系|意向|背景|资料|个人|求职|应聘|公司|大学|学院|学校|经理|工程师|主管|专员|总监|助理|顾问|分析|设计|开发|销售|运营|"
			+ "会计|老师|教师|医生|护士|司机|技术|实习|管理|专业|学历|证件|照片|电话|邮箱|手机|地址).*");

	private static final Pattern LATIN = Pattern.compile("\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}\\.?)?(?: \\p{Lu}[\\p{L}'\\-]+){1,2}"
			+ "|\\p{Lu}[\\p{L}'\\-]+(?: \\p{Lu}[\\p{L}'\\-]+){3}");

	private static final Set<String> NOT_LATIN_NAME_WORDS = Arrays.stream(("resume curriculum vitae cv education details "
			+ "summary profile experience skills objective contact information info personal career professional work "
			+ "technical history employment qualifications references projects project certifications certificates "
			+ "languages overview about page candidate cover letter background academic senior junior lead principal "
			+ "staff chief head engineer developer manager director analyst scientist designer architect consultant "
			+ "specialist coordinator administrator officer assistant associate intern president accountant recruiter "
			+ "nurse teacher software data product marketing sales finance human resources operations customer service "
			+ "full stack backend frontend web mobile engineering university college institute school company inc ltd "
			+ "llc corporation group bank street road avenue city state phone email mobile address linkedin github "
			+ "portfolio key core highlights achievements awards interests hobbies training courses volunteer").split(" "))
		.collect(Collectors.toUnmodifiableSet());

	private PersonNames() {
	}

	static boolean looksLikeName(String text) {
		return chinese(text) || latin(text);
	}

	/** "张 伟" → "张伟": names spaced out letter by letter, as some layouts do. */
	static String joined(String text) {
		return text.matches("\\p{IsHan}(?:[ \\u3000]+\\p{IsHan}){1,3}") ? text.replaceAll("[ \\u3000]+", "") : text;
	}

	/** The Chinese name that starts a cell before a space ("李明远 Java开发工程师"), or null. */
	static String startsWithChineseName(String cell) {
		String first = cell.split("[\\s\\u3000]+")[0];
		return first.length() < cell.length() && chinese(first) ? first : null;
	}

	private static boolean chinese(String text) {
		if (!CHINESE.matcher(text).matches() || NOT_CHINESE_NAME.matcher(text).matches()) {
			return false;
		}
		return text.contains("·") || SINGLE_SURNAMES.indexOf(text.charAt(0)) >= 0
				|| COMPOUND_SURNAMES.contains(text.substring(0, 2));
	}

	private static boolean latin(String text) {
		if (!LATIN.matcher(text).matches()) {
			return false;
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s.]+"))
			.noneMatch(NOT_LATIN_NAME_WORDS::contains);
	}
}
