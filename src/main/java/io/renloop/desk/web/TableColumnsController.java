package io.renloop.desk.web;

import io.renloop.platform.ListTables;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The column chooser of the desk's list tables: remembers for the signed-in user which columns a table shows and
 * has the page reloaded with them.
 */
@Controller
@Tag(name = "Desk", description = "The desk's global search")
class TableColumnsController {

	private final ListTables tables;

	TableColumnsController(ListTables tables) {
		this.tables = tables;
	}

	@PostMapping("/desk/tables/{key}/columns")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Remember the columns a list table shows", description = "Form fields `column` (every "
			+ "column of the table) and `shown` (the ones to show); the others are hidden for the caller. htmx "
			+ "requests get 204 and `HX-Refresh`, others a redirect to `back` (a path of this site).")
	ResponseEntity<Void> show(@PathVariable String key, @RequestParam List<String> column,
			@RequestParam(defaultValue = "") List<String> shown, @RequestParam(defaultValue = "/") String back,
			@RequestHeader(value = "HX-Request", required = false) String htmx) {
		tables.show(key, column, shown);
		if (htmx != null) {
			return ResponseEntity.noContent().header("HX-Refresh", "true").build();
		}
		// only a path of this site, never another host
		String target = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", target).build();
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Void> refused() {
		return ResponseEntity.badRequest().build();
	}
}
