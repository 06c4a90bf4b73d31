package io.renloop.training.web;

import io.renloop.training.Certificates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page that tells anybody holding a printed internal certificate whether it is genuine and valid. */
@Controller
class CertificateVerificationPageController {

	private final Certificates certificates;

	CertificateVerificationPageController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/verify/certificates/{code}")
	String verify(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("certificate", certificates.verify(code.strip().toUpperCase(java.util.Locale.ROOT))
			.orElse(null));
		return "training/verify";
	}
}
