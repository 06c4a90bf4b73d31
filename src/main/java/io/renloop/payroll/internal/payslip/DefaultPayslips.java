package io.renloop.payroll.internal.payslip;

import io.renloop.payroll.PayslipLineView;
import io.renloop.payroll.PayslipSummary;
import io.renloop.payroll.PayslipView;
import io.renloop.payroll.Payslips;
import io.renloop.payroll.internal.run.PayslipStore;
import io.renloop.payroll.internal.run.PayslipStore.StoredPayslip;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TextPdf;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPayslips implements Payslips {

	private final PayslipStore store;

	private final LineWords words;

	private final TextPdf pdf;

	private final MessageSource messages;

	private final AuditTrail audit;

	DefaultPayslips(PayslipStore store, LineWords words, TextPdf pdf, MessageSource messages, AuditTrail audit) {
		this.store = store;
		this.words = words;
		this.pdf = pdf;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PayslipSummary> mine() {
		return store.published(TenantContext.require(), me())
			.stream()
			.map(p -> new PayslipSummary(p.period(), p.gross(), p.net()))
			.toList();
	}

	@Override
	@Transactional // the read is audited
	public PayslipView mine(String period) {
		UUID me = me();
		StoredPayslip payslip = store.published(TenantContext.require(), me)
			.stream()
			.filter(p -> p.period().equals(period))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Payslip", period));
		audit.recordSensitiveRead("Payslip", me, period);
		return new PayslipView(payslip.period(), payslip.gross(), payslip.net(),
				words.lines(payslip.lines(), LocaleContextHolder.getLocale()),
				new PayslipView.Tax(payslip.tax(), payslip.ytdTax()));
	}

	@Override
	@Transactional // the read is audited
	public byte[] minePdf(String period) {
		PayslipView payslip = mine(period);
		Locale locale = LocaleContextHolder.getLocale();
		List<String> paragraphs = new ArrayList<>();
		for (PayslipLineView line : payslip.lines()) {
			paragraphs.add(line.name() + "  " + line.amount().toPlainString()
					+ (line.explanation().isBlank() ? "" : "  —  " + line.explanation()));
		}
		paragraphs.add(message("payroll.payslip.gross", locale, payslip.gross().toPlainString()));
		paragraphs.add(message("payroll.payslip.net", locale, payslip.net().toPlainString()));
		paragraphs.add(message("payroll.payslip.taxYearToDate", locale, payslip.tax().yearToDate().toPlainString()));
		String name = CurrentUser.require().displayName();
		return pdf.render(message("payroll.payslip.title", locale, period, name), paragraphs);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static UUID me() {
		UUID employeeId = CurrentUser.require().employeeId();
		if (employeeId == null) {
			throw new NotFoundException("Employee", "me");
		}
		return employeeId;
	}
}
