package io.renloop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * While PostgreSQL restarts, whatever way the outage surfaces (JdbcTemplate, JPA, a transaction that cannot begin,
 * the pool's timeout, the driver's connection states), an API call gets a translated 503 problem with
 * {@code Retry-After} and a page the readable 503 page, never a 500; a bug stays a 500.
 */
class DatabaseOutagesAnswer503NotErrorsTests {

	static final Map<String, Supplier<RuntimeException>> OUTAGES = Map.of(
			"jdbc", () -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("renloop - Connection is not available, request timed out")),
			"jpa", () -> new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
					new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("refused", "08001"))),
			"transaction", () -> new CannotCreateTransactionException("Could not open JPA EntityManager",
					new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("x", "08006"))),
			"restarting", () -> new IllegalStateException("wrapped by a library",
					new SQLException("the database system is shutting down", "57P01")),
			"bug", () -> new IllegalStateException("a bug"));

	final ResourceBundleMessageSource messages = messages();

	final MockMvc api = MockMvcBuilders.standaloneSetup(new FailingApi())
		.setControllerAdvice(new ApiExceptionHandler(messages))
		.build();

	final MockMvc pages = MockMvcBuilders.standaloneSetup(new FailingPage())
		.addFilters(new DatabaseOutageFilter())
		.build();

	@Test
	void apiCallsGetATranslated503ProblemWithRetryAfter() throws Exception {
		for (String outage : new String[] { "jdbc", "jpa", "transaction", "restarting" }) {
			api.perform(get("/api/v1/probe/" + outage).accept(MediaType.APPLICATION_JSON).locale(Locale.ENGLISH))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.title").value("Temporarily unavailable"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("try again")));
		}
		api.perform(get("/api/v1/probe/jdbc").accept(MediaType.APPLICATION_JSON).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.title").value("服务暂时不可用"));
	}

	@Test
	void aBugStaysAnInternalError() throws Exception {
		api.perform(get("/api/v1/probe/bug").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isInternalServerError())
			.andExpect(header().doesNotExist("Retry-After"));
	}

	@Test
	void pagesAndFiltersHandTheOutageToTheReadable503Page() throws Exception {
		for (String outage : new String[] { "jdbc", "jpa", "transaction", "restarting" }) {
			pages.perform(get("/probe/" + outage).accept(MediaType.TEXT_HTML))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"));
		}

		MockHttpServletRequest errorDispatch = new MockHttpServletRequest("GET", "/error");
		errorDispatch.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 503);
		errorDispatch.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/employees");
		MockHttpServletResponse response = new MockHttpServletResponse();
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(new RenloopErrorController(messages).page(errorDispatch, response, model))
			.as("a page without the layout, which would read the database").isEqualTo("unavailable");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(messages.getMessage("error.http.503.detail", null, Locale.SIMPLIFIED_CHINESE)).contains("数据库");
	}

	@Test
	void aBugInAPageIsNotTakenForAnOutage() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> pages.perform(get("/probe/bug")))
			.hasRootCauseInstanceOf(IllegalStateException.class);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/v1/probe/{outage}")
		String probe(@PathVariable String outage) {
			throw OUTAGES.get(outage).get();
		}
	}

	@Controller
	static class FailingPage {

		@GetMapping("/probe/{outage}")
		@ResponseBody
		String probe(@PathVariable String outage) {
			throw OUTAGES.get(outage).get();
		}
	}
}
