/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.cli.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser for the tests: written independently of the command line's writer, so
 * that {@code score --json} is checked against the grammar, not against itself. Objects become
 * {@link Map}s (in order), arrays {@link List}s, numbers {@link Double}s, and {@code null} null. Anything
 * the grammar does not allow (trailing commas, unescaped control characters, single quotes, NaN, text after
 * the value) throws {@link IllegalArgumentException}.
 */
final class Json {

	private final String text;
	private int position;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json json = new Json(text);
		json.whitespace();
		Object value = json.value();
		json.whitespace();
		if (json.position != text.length()) {
			throw json.error("text after the value");
		}
		return value;
	}

	private Object value() {
		if (position >= text.length()) {
			throw error("a value is missing");
		}
		char c = text.charAt(position);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			if (c == '-' || c >= '0' && c <= '9') {
				return number();
			}
			throw error("unexpected character '" + c + "'");
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> object = new LinkedHashMap<>();
		position++;
		whitespace();
		if (peek() == '}') {
			position++;
			return object;
		}
		while (true) {
			whitespace();
			if (peek() != '"') {
				throw error("a member name is missing");
			}
			String name = string();
			whitespace();
			expect(':');
			whitespace();
			if (object.put(name, value()) != null) {
				throw error("the member \"" + name + "\" appears twice");
			}
			whitespace();
			if (peek() == ',') {
				position++;
				continue;
			}
			expect('}');
			return object;
		}
	}

	private List<Object> array() {
		List<Object> array = new ArrayList<>();
		position++;
		whitespace();
		if (peek() == ']') {
			position++;
			return array;
		}
		while (true) {
			whitespace();
			array.add(value());
			whitespace();
			if (peek() == ',') {
				position++;
				continue;
			}
			expect(']');
			return array;
		}
	}

	private String string() {
		StringBuilder value = new StringBuilder();
		position++;
		while (true) {
			if (position >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				return value.toString();
			}
			if (c < 0x20) {
				throw error("unescaped control character in a string");
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escape = text.charAt(position++);
			switch (escape) {
			case '"', '\\', '/' -> value.append(escape);
			case 'b' -> value.append('\b');
			case 'f' -> value.append('\f');
			case 'n' -> value.append('\n');
			case 'r' -> value.append('\r');
			case 't' -> value.append('\t');
			case 'u' -> {
				value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
				position += 4;
			}
			default -> throw error("bad escape \\" + escape);
			}
		}
	}

	private Double number() {
		int start = position;
		if (peek() == '-') {
			position++;
		}
		if (peek() == '0') {
			position++;
		} else {
			digits();
		}
		if (peek() == '.') {
			position++;
			digits();
		}
		if (peek() == 'e' || peek() == 'E') {
			position++;
			if (peek() == '+' || peek() == '-') {
				position++;
			}
			digits();
		}
		return Double.valueOf(text.substring(start, position));
	}

	private void digits() {
		int start = position;
		while (position < text.length() && Character.isDigit(text.charAt(position))) {
			position++;
		}
		if (position == start) {
			throw error("digits expected");
		}
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, position)) {
			throw error("unexpected word");
		}
		position += word.length();
		return value;
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("'" + c + "' expected");
		}
		position++;
	}

	private char peek() {
		return position < text.length() ? text.charAt(position) : '\0';
	}

	private void whitespace() {
		while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
			position++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("not JSON at " + position + ": " + what + " in "
				+ text.substring(Math.max(0, position - 40), Math.min(text.length(), position + 40)));
	}
}
