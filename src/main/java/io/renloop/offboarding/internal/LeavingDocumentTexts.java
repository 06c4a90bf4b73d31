package io.renloop.offboarding.internal;

import io.renloop.offboarding.LeavingDocumentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of the leaving documents: the Chinese text first, the English one below, both from the offboarding
 * bundle. The leaving certificate says what Labour Contract Law art. 50 and its implementing regulations (art. 24)
 * ask for — the term of the contract, the date it ended, the position and the years of service — and nothing else:
 * never the reason for leaving, the legal ground or anything about performance, which could harm the leaver.
 */
@Component
class LeavingDocumentTexts {

	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	LeavingDocumentTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** What a document says, with the facts it is made of. */
	record Facts(OffboardingCase offboarding, String company, String maskedIdNumber, LocalDate issuedOn, ZoneId zone,
			List<LeavingChecklistItem> checklist) {
	}

	record Content(String title, List<String> paragraphs) {
	}

	Content of(LeavingDocumentKind kind, Facts facts) {
		String key = "offboarding.document." + kind.slug();
		List<String> paragraphs = new ArrayList<>();
		for (Locale locale : LANGUAGES) {
			paragraphs.addAll(switch (kind) {
				case LEAVING_CERTIFICATE -> certificate(facts, locale);
				case SETTLEMENT_STATEMENT -> settlement(facts, locale);
				case HANDOVER_RECORD -> handover(facts, locale);
			});
			paragraphs.add(text(locale, "offboarding.document.issuer", facts.company(), facts.issuedOn()));
			paragraphs.add("");
		}
		return new Content(text(LANGUAGES.get(0), key + ".title") + " / " + text(LANGUAGES.get(1), key + ".title"),
				paragraphs);
	}

	private List<String> certificate(Facts facts, Locale locale) {
		OffboardingCase c = facts.offboarding();
		Period service = Period.between(c.hireDate(), c.lastDay().plusDays(1));
		List<String> lines = new ArrayList<>();
		lines.add(text(locale, "offboarding.document.leaving-certificate.body", c.employeeName(), facts.company(),
				c.hireDate(), c.lastDay()));
		lines.add(text(locale, "offboarding.document.name", c.employeeName()));
		if (facts.maskedIdNumber() != null && !facts.maskedIdNumber().isBlank()) {
			lines.add(text(locale, "offboarding.document.idNumber", facts.maskedIdNumber()));
		}
		lines.add(text(locale, "offboarding.document.department", orDash(c.departmentName())));
		lines.add(text(locale, "offboarding.document.position", orDash(c.positionName())));
		lines.add(text(locale, "offboarding.document.term", c.hireDate(), c.lastDay()));
		lines.add(text(locale, "offboarding.document.endDate", c.lastDay()));
		lines.add(text(locale, "offboarding.document.service", service.getYears(), service.getMonths()));
		lines.add(text(locale, "offboarding.document.leaving-certificate.closing"));
		return lines;
	}

	private List<String> settlement(Facts facts, Locale locale) {
		OffboardingCase c = facts.offboarding();
		List<String> lines = new ArrayList<>();
		lines.add(text(locale, "offboarding.document.settlement-statement.body", c.employeeName(), c.employeeNo(),
				c.lastDay(), TIME.format(c.settlementApprovedAt().atZone(facts.zone())),
				c.lastDay().toString().substring(0, 7)));
		lines.add(text(locale, "offboarding.document.monthlyWage", money(c.monthlyWage())));
		lines.add(text(locale, "offboarding.document.localAverage", money(c.localAverageWage())));
		lines.add(text(locale, "offboarding.document.compensation", c.compensationMonths().stripTrailingZeros()
			.toPlainString(), money(c.compensation())));
		lines.add(text(locale, "offboarding.document.noticePay", money(c.noticePay())));
		lines.add(text(locale, "offboarding.document.leavePayout", money(c.leavePayout())));
		lines.add(text(locale, "offboarding.document.total",
				money(c.compensation().add(c.noticePay()).add(c.leavePayout()))));
		lines.add(text(locale, "offboarding.document.howComputed"));
		Settlements.explanation(c).forEach(line -> lines.add("· " + messages.getMessage(line.key(), line.arguments().toArray(),
				locale)));
		lines.add(text(locale, "offboarding.document.settlement-statement.closing"));
		return lines;
	}

	private List<String> handover(Facts facts, Locale locale) {
		OffboardingCase c = facts.offboarding();
		boolean chinese = locale.getLanguage().equals("zh");
		List<String> lines = new ArrayList<>();
		lines.add(text(locale, "offboarding.document.handover-record.body", c.employeeName(),
				orDash(c.departmentName()), orDash(c.positionName()), c.lastDay()));
		lines.add(text(locale, "offboarding.document.successor", c.successorName() == null
				? text(locale, "offboarding.document.noSuccessor") : c.successorName()));
		for (LeavingChecklistItem item : facts.checklist()) {
			String owner = text(locale, "offboarding.owner." + item.owner().name());
			lines.add(item.done()
					? text(locale, "offboarding.document.itemDone", owner, item.title(chinese), item.doneBy(),
							TIME.format(item.doneAt().atZone(facts.zone())))
					: text(locale, "offboarding.document.itemOpen", owner, item.title(chinese)));
		}
		return lines;
	}

	private String text(Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String money(BigDecimal amount) {
		return amount == null ? "-" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "-" : value;
	}
}
