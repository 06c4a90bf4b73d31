package io.renloop.platform;

/**
 * A way a work notice reaches a person: a WeCom application message, a DingTalk work notification or an e-mail.
 * Each is an adapter behind the one work-notice dispatcher (ADR 0041).
 */
public enum MessageChannel {

	/** WeCom (企业微信) application message to the person's linked WeCom user id. */
	WECOM,
	/** DingTalk (钉钉) work notification to the person's linked DingTalk user id. */
	DINGTALK,
	/** E-mail to the login's address. */
	EMAIL
}
