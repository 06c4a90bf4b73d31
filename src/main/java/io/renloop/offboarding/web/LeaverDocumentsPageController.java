package io.renloop.offboarding.web;

import io.renloop.offboarding.LeavingDocumentKind;
import io.renloop.offboarding.LeavingDocuments;
import io.renloop.offboarding.LeavingDocuments.LeaverDocuments;
import io.renloop.platform.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The leaver's (and later the alumnus') page behind the link sent on the last day: no login, mobile-first, the
 * documents to download. Chinese unless the reader switches to English ({@code ?lang=en}) — the leaver's login, and
 * with it their chosen language, is gone. An unknown or expired link is a 404 page.
 */
@Controller
class LeaverDocumentsPageController {

	private static final List<String> LABELS = List.of("title", "intro", "company", "lastDay", "download",
			"notYet", "signed", "alumni");

	private final LeavingDocuments documents;

	private final MessageSource messages;

	LeaverDocumentsPageController(LeavingDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/leaving-documents/{token:[A-Za-z0-9_-]{43}}")
	String page(@PathVariable String token, @RequestParam(required = false) String lang, Model model) {
		String language = "en".equals(lang) ? "en" : "zh";
		Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		LeaverDocuments leaver = documents.forLeaver(token);
		Map<String, String> labels = new LinkedHashMap<>();
		LABELS.forEach(key -> labels.put(key, messages.getMessage("offboarding.leaverPage." + key, null, locale)));
		Map<String, String> names = new LinkedHashMap<>();
		for (LeavingDocumentKind kind : LeavingDocumentKind.values()) {
			names.put(kind.slug(), messages.getMessage("offboarding.document." + kind.slug() + ".title", null, locale));
		}
		model.addAttribute("leaver", leaver);
		model.addAttribute("token", token);
		model.addAttribute("labels", labels);
		model.addAttribute("names", names);
		model.addAttribute("validUntil", messages.getMessage("offboarding.leaverPage.validUntil",
				new Object[] { leaver.validUntil() }, locale));
		model.addAttribute("language", language);
		model.addAttribute("htmlLang", "zh".equals(language) ? "zh-CN" : "en");
		return "offboarding/leaver-documents";
	}

	@GetMapping("/leaving-documents/{token:[A-Za-z0-9_-]{43}}/{kind:[a-z-]+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token, @PathVariable String kind) {
		LeavingDocumentKind document = LeavingDocumentKind.ofSlug(kind).orElse(null);
		if (document == null) {
			documents.forLeaver(token);
			throw new NotFoundException("LeavingDocument", kind);
		}
		return PdfDownloads.attachment(document.slug() + ".pdf", documents.pdfForLeaver(token, document));
	}
}
