package io.renloop.offboarding;

/**
 * The ground of a termination by the employer under the Labour Contract Law, and whether it owes economic
 * compensation (art. 46) and allows a month's wage in lieu of notice (art. 40).
 */
public enum LegalGround {
	/** Art. 36: ended by agreement (compensation owed when the employer proposed it, art. 46 (2)). */
	MUTUAL_AGREEMENT(36, true, false),
	/** Art. 39: serious misconduct, no compensation and no notice. */
	MISCONDUCT(39, false, false),
	/** Art. 40: incapacity or changed circumstances, 30 days' notice or a month's wage instead. */
	NOTICE(40, true, true),
	/** Art. 41: economic redundancy. */
	REDUNDANCY(41, true, false),
	/** Art. 44: the fixed term ended (compensation unless the employee refused a renewal on equal terms). */
	CONTRACT_EXPIRY(44, true, false);

	private final int article;

	private final boolean compensation;

	private final boolean noticeInLieu;

	LegalGround(int article, boolean compensation, boolean noticeInLieu) {
		this.article = article;
		this.compensation = compensation;
		this.noticeInLieu = noticeInLieu;
	}

	public int article() {
		return article;
	}

	/** Whether economic compensation is owed on this ground. */
	public boolean owesCompensation() {
		return compensation;
	}

	/** Whether a month's wage may replace the 30 days' notice (N+1). */
	public boolean allowsNoticeInLieu() {
		return noticeInLieu;
	}
}
