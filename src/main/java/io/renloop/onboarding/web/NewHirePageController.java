package io.renloop.onboarding.web;

import io.renloop.onboarding.NewHireOnboarding;
import io.renloop.onboarding.OnboardingViews.NewHireForm;
import io.renloop.onboarding.PersonalInfo;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The new hire's phone page, public and guarded by the token in its address; the page works through the
 * new-hire API.
 */
@Controller
class NewHirePageController {

	private final NewHireOnboarding onboarding;

	private final JsonMapper json;

	NewHirePageController(NewHireOnboarding onboarding, JsonMapper json) {
		this.onboarding = onboarding;
		this.json = json;
	}

	@GetMapping("/onboarding/{token:[A-Za-z0-9_-]{43}}")
	String page(@PathVariable String token, Model model) {
		NewHireForm form = onboarding.form(token);
		PersonalInfo info = form.personalInfo();
		model.addAttribute("form", form);
		// the history from the resume travels unchanged with the form; "</" would end the script element
		model.addAttribute("historyJson", json.writeValueAsString(Map.of("education", info.education(), "workHistory",
				info.workHistory(), "certificates", info.certificates())).replace("</", "<\\/"));
		model.addAttribute("token", token);
		return "onboarding/new-hire";
	}
}
