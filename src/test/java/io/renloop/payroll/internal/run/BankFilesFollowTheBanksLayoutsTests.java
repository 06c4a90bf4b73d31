package io.renloop.payroll.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The salary transfer file's columns in the generic layout and in the ICBC and CCB batch payroll layouts. */
class BankFilesFollowTheBanksLayoutsTests {

	static final BankTemplate.Transfer TRANSFER = new BankTemplate.Transfer("E001", "张三", "中国工商银行",
			"6222020200112345678", "8040.46", "工资 2026-11");

	@Test
	void eachLayoutPutsTheAccountNameAndAmountInItsOwnColumns() {
		assertThat(BankTemplate.GENERIC.header()).containsExactly("employeeNo", "name", "bank", "account", "amount",
				"purpose");
		assertThat(BankTemplate.GENERIC.row(1, TRANSFER)).containsExactly("E001", "张三", "中国工商银行",
				"6222020200112345678", "8040.46", "工资 2026-11");
		assertThat(BankTemplate.ICBC.header()).containsExactly("收款账号", "收款人户名", "金额", "用途", "备注");
		assertThat(BankTemplate.ICBC.row(1, TRANSFER)).containsExactly("6222020200112345678", "张三", "8040.46",
				"工资 2026-11", "E001");
		assertThat(BankTemplate.CCB.header()).containsExactly("序号", "账号", "户名", "金额", "摘要");
		assertThat(BankTemplate.CCB.row(7, TRANSFER)).containsExactly("7", "6222020200112345678", "张三", "8040.46",
				"工资 2026-11");
	}

	@Test
	void templatesAreNamedInAnyCaseAndUnknownNamesAreNone() {
		assertThat(BankTemplate.named("icbc")).contains(BankTemplate.ICBC);
		assertThat(BankTemplate.named(" CCB ")).contains(BankTemplate.CCB);
		assertThat(BankTemplate.named("ABC")).isEmpty();
		assertThat(BankFile.knownTemplate("generic")).isTrue();
	}
}
