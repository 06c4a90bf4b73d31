package io.renloop.demo;

import io.renloop.shared.PrcResidentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Deterministic, realistic-looking people for the demo tenants: names, phones, valid resident ID numbers
 * and bank accounts. Nothing here belongs to a real person.
 */
final class DemoPeople {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
			"徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董",
			"萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛",
			"叶", "阎", "乔", "段", "雷", "侯", "武", "白", "秦", "史", "郝", "康");

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯鹏飞鑫博海波辉林晨阳晓峰亮俊琳婷雪瑞佳欣怡振兴宏达立新春生永福德荣";

	private static final List<String> EN_FIRST = List.of("James", "Mary", "John", "Patricia", "Robert", "Jennifer",
			"Michael", "Linda", "William", "Elizabeth", "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
			"Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark",
			"Sandra", "Paul", "Ashley", "Steven", "Emily", "Andrew", "Donna");

	private static final List<String> EN_LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
			"Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson",
			"Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young");

	private static final List<String> REGIONS = List.of("140105", "140106", "140202", "140302", "140402", "140502",
			"140602", "141102", "110105", "130102", "370102", "410105", "610103");

	private final Random random;

	DemoPeople(long seed) {
		this.random = new Random(seed);
	}

	String chineseName() {
		String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
		int length = random.nextInt(3) == 0 ? 1 : 2;
		StringBuilder name = new StringBuilder(surname);
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	String englishName() {
		return EN_FIRST.get(random.nextInt(EN_FIRST.size())) + " " + EN_LAST.get(random.nextInt(EN_LAST.size()));
	}

	String mobile() {
		String[] prefixes = { "138", "139", "137", "136", "135", "150", "151", "158", "186", "188" };
		return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	LocalDate birthDate(int minAge, int maxAge, LocalDate today) {
		int age = minAge + random.nextInt(maxAge - minAge + 1);
		return today.minusYears(age).minusDays(random.nextInt(365));
	}

	/** A resident ID with a real region code, the given birth date and a correct check character. */
	String residentId(LocalDate birthDate) {
		String body = REGIONS.get(random.nextInt(REGIONS.size()))
				+ String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth())
				+ String.format("%03d", random.nextInt(1000));
		return body + PrcResidentId.checkCharacter(body);
	}

	String bankAccount() {
		StringBuilder account = new StringBuilder("6222");
		for (int i = 0; i < 15; i++) {
			account.append(random.nextInt(10));
		}
		return account.toString();
	}

	LocalDate hireDate(LocalDate today, int maxYearsAgo) {
		return today.minusDays(30 + random.nextInt(Math.max(1, maxYearsAgo * 365)));
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}
}
