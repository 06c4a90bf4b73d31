package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferTemplates;
import io.renloop.onboarding.internal.pdf.TemplateText;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultOfferTemplates implements OfferTemplates {

	private final OfferTemplateRepository templates;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultOfferTemplates(OfferTemplateRepository templates, AuditTrail audit, Clock clock) {
		this.templates = templates;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public List<Template> list() {
		return TemplateText.LANGUAGES.stream().map(this::get).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Template get(String language) {
		TemplateText.requireLanguage(language);
		return templates.findByLanguage(language)
			.map(t -> new Template(language, t.title(), t.body(), true, t.updatedAt()))
			.orElseGet(() -> builtIn(language));
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public Template save(SaveTemplate command) {
		OfferTemplate template = templates.findByLanguage(command.language())
			.orElseGet(() -> new OfferTemplate(command.language()));
		Template before = get(command.language());
		template.change(command.title().strip(), command.body().replace("\r", ""), CurrentUser.require().email(),
				clock.instant());
		templates.save(template);
		audit.recordChange("UPDATE", "OfferTemplate", command.language(), Map.of("title", before.title()),
				Map.of("title", template.title(), "bodyLength", template.body().length()));
		return get(command.language());
	}

	/** The default letter shipped with the product: first line the title, the rest the body. */
	static Template builtIn(String language) {
		TemplateText.Text text = TemplateText.builtIn("/onboarding/offer-template-" + language + ".txt");
		return new Template(language, text.title(), text.body(), false, null);
	}
}
