package io.renloop.platform.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tenant-typed formulas are data, never code: every attempt to reach classes, the environment, modules, loops or
 * other functions is refused with a {@link FormulaException} when compiled, and none of them has an effect.
 */
class FormulaSandboxRefusesEscapesTests {

	static final FormulaEngine ENGINE = new FormulaEngine();

	static final String CANARY = "renloop.formula.escaped";

	static final Path FILE = Path.of(System.getProperty("java.io.tmpdir"), "renloop-formula-escape");

	@ParameterizedTest
	@ValueSource(strings = {
			"Class.forName('java.lang.Runtime')",
			"Class.forName(\"java.lang.Runtime\").getRuntime().exec('touch /tmp/renloop-formula-escape')",
			"new java.io.File('/tmp/renloop-formula-escape')",
			"new java.lang.ProcessBuilder('id').start()",
			"System.exit(1)",
			"System.setProperty('renloop.formula.escaped', 'yes')",
			"java.lang.System.setProperty('renloop.formula.escaped', 'yes')",
			"Runtime.getRuntime().exec('id')",
			"java.lang.Runtime.getRuntime()",
			"Math.PI",
			"Long.MAX_VALUE",
			"use java.io.*; new File('x')",
			"use java.lang.System; System.exit(1)",
			"__env__",
			"__instance__",
			"__exp__",
			"__env__.instance",
			"require('test')",
			"load('/etc/passwd')",
			"eval('1+1')",
			"base.getClass()",
			"base.class.forName('java.lang.Runtime')",
			"base.getClass().getMethods()",
			"seq.list(1, 2)",
			"seq.map('a', 1)",
			"string.length('abc')",
			"string.substring('abc', 1)",
			"str(base)",
			"'abc'",
			"\"abc\" + base",
			"'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ /(a+)+b/",
			"for i in range(0, 100000000) { i }",
			"while (true) { 1 }",
			"let x = 1; x",
			"x = 1",
			"base = 1",
			"lambda(x) -> x end",
			"fn f() { 1 } f()",
			"f = lambda(x) -> x end; f(1)",
			"try { 1 } catch(e) { 2 }",
			"throw 'x'",
			"return 1",
			"if (base > 1) { 1 } else { 2 }",
			"#base",
			"`base`",
			"base; 1",
			"2 ** 100000",
			"10 * * 999999",
			"base < < 40",
			"10 ** 999999999",
			"1e1000000",
			"0x7fffffff",
			"1M + 1",
			"base & 1",
			"base | 1",
			"base ^ 1",
			"~base",
			"base << 2",
			"print(1)",
			"println('x')",
			"sysdate()",
			"rand()",
			"now()",
			"long(base)",
			"decimal('1')",
			"type(base)",
			"math.pow(10, 999999)",
			"math.sqrt(2)",
			"repeat(100000000, 'x')",
			"range(0, 100000000)",
			"reduce(range(0, 100000000), +, 0)",
			"tuple(1, 2)",
			"__reducer_callcc(1)",
			"nil",
			"base ? 1 : nil" })
	void escapeAttemptsAreRefused(String payload) {
		// refused before it could run: evaluating is only the last net, should compiling ever let one pass
		assertThatThrownBy(() -> ENGINE.compile(payload)).isInstanceOf(FormulaException.class);
		assertThatThrownBy(() -> ENGINE.compile(payload).evaluate(Map.of("base", 1, "x", 1, "i", 1, "e", 1)))
			.isInstanceOf(FormulaException.class);
	}

	@AfterAll
	static void nothingEscaped() throws Exception {
		assertThat(System.getProperty(CANARY)).isNull();
		assertThat(Files.exists(FILE)).isFalse();
	}
}
