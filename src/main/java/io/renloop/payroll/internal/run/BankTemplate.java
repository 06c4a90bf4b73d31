package io.renloop.payroll.internal.run;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The column layouts of salary transfer files (代发工资) banks take. The bank layouts follow the batch payroll
 * templates the banks' corporate online banking offers for download as publicly described; they are approximations
 * (a bank's current template may add or rename columns) — check a file against the template of the branch before the
 * first upload.
 */
enum BankTemplate {

	/** Employee number, name, bank, account, amount, purpose: what most banks' import mappings accept. */
	GENERIC(List.of("employeeNo", "name", "bank", "account", "amount", "purpose")) {
		@Override
		List<String> row(int sequence, Transfer t) {
			return List.of(t.employeeNo(), t.name(), t.bank(), t.account(), t.amount(), t.purpose());
		}
	},

	/** 中国工商银行 企业网银 批量代发工资: 收款账号, 收款人户名, 金额, 用途, 备注 (approximation). */
	ICBC(List.of("收款账号", "收款人户名", "金额", "用途", "备注")) {
		@Override
		List<String> row(int sequence, Transfer t) {
			return List.of(t.account(), t.name(), t.amount(), t.purpose(), t.employeeNo());
		}
	},

	/** 中国建设银行 企业网银 代发工资: 序号, 账号, 户名, 金额, 摘要 (approximation). */
	CCB(List.of("序号", "账号", "户名", "金额", "摘要")) {
		@Override
		List<String> row(int sequence, Transfer t) {
			return List.of(String.valueOf(sequence), t.account(), t.name(), t.amount(), t.purpose());
		}
	};

	private final List<String> header;

	BankTemplate(List<String> header) {
		this.header = header;
	}

	List<String> header() {
		return header;
	}

	/** The row of the file for one transfer, {@code sequence} counting from 1. */
	abstract List<String> row(int sequence, Transfer transfer);

	/** The template of a name in any case; empty for an unknown one. */
	static Optional<BankTemplate> named(String name) {
		try {
			return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** One employee's transfer, every field as text (the amount with two decimals). */
	record Transfer(String employeeNo, String name, String bank, String account, String amount, String purpose) {
	}
}
