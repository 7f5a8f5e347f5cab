/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON (RFC 8259), indented by two spaces, for {@code score --json}. Small on purpose: the output
 * is a handful of objects, and a JSON library would be one more bundle in the product for this alone.
 * <p>
 * Strings are escaped completely (quotes, backslashes, every control character, and U+2028/U+2029 so
 * that the output is also valid JavaScript); numbers that JSON cannot represent (NaN, infinities) are
 * written as {@code null}. Misuse (a value where a name is expected, unbalanced ends) throws
 * {@link IllegalStateException}.
 * </p>
 *
 * @noreference internal to the command line
 */
public final class JsonWriter {

	private enum Scope {
		OBJECT, ARRAY
	}

	private final StringBuilder out = new StringBuilder();
	private final Deque<Scope> scopes = new ArrayDeque<>();
	/** Whether the current object or array already has a member (so the next one needs a comma). */
	private final Deque<Boolean> hasMembers = new ArrayDeque<>();
	private boolean nameWritten;
	private boolean done;

	public JsonWriter beginObject() {
		beforeValue();
		out.append('{');
		scopes.push(Scope.OBJECT);
		hasMembers.push(Boolean.FALSE);
		return this;
	}

	public JsonWriter endObject() {
		return end(Scope.OBJECT, '}');
	}

	public JsonWriter beginArray() {
		beforeValue();
		out.append('[');
		scopes.push(Scope.ARRAY);
		hasMembers.push(Boolean.FALSE);
		return this;
	}

	public JsonWriter endArray() {
		return end(Scope.ARRAY, ']');
	}

	/** The name of the next member of the current object. */
	public JsonWriter name(String name) {
		if (scopes.peek() != Scope.OBJECT || nameWritten) {
			throw new IllegalStateException("a name is only allowed in an object, before its value"); //$NON-NLS-1$
		}
		separate();
		string(name);
		out.append(": "); //$NON-NLS-1$
		nameWritten = true;
		return this;
	}

	public JsonWriter value(String value) {
		beforeValue();
		if (value == null) {
			out.append("null"); //$NON-NLS-1$
		} else {
			string(value);
		}
		return afterScalar();
	}

	public JsonWriter value(double value) {
		beforeValue();
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			out.append("null"); //$NON-NLS-1$
		} else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			out.append((long) value);
		} else {
			out.append(value);
		}
		return afterScalar();
	}

	public JsonWriter value(long value) {
		beforeValue();
		out.append(value);
		return afterScalar();
	}

	public JsonWriter value(boolean value) {
		beforeValue();
		out.append(value);
		return afterScalar();
	}

	public JsonWriter nullValue() {
		beforeValue();
		out.append("null"); //$NON-NLS-1$
		return afterScalar();
	}

	/** The document, once the outermost value is complete. */
	@Override
	public String toString() {
		if (!done || !scopes.isEmpty()) {
			throw new IllegalStateException("the JSON document is not complete"); //$NON-NLS-1$
		}
		return out.toString();
	}

	private JsonWriter end(Scope scope, char close) {
		if (scopes.peek() != scope || nameWritten) {
			throw new IllegalStateException("unbalanced end of " + scope); //$NON-NLS-1$
		}
		scopes.pop();
		boolean members = hasMembers.pop().booleanValue();
		if (members) {
			newline();
		}
		out.append(close);
		if (scopes.isEmpty()) {
			done = true;
		}
		return this;
	}

	private void beforeValue() {
		if (done) {
			throw new IllegalStateException("the JSON document is already complete"); //$NON-NLS-1$
		}
		Scope scope = scopes.peek();
		if (scope == Scope.OBJECT) {
			if (!nameWritten) {
				throw new IllegalStateException("a value in an object needs a name first"); //$NON-NLS-1$
			}
			nameWritten = false;
		} else if (scope == Scope.ARRAY) {
			separate();
		}
	}

	/** A scalar written as the outermost value is the whole document. */
	private JsonWriter afterScalar() {
		if (scopes.isEmpty()) {
			done = true;
		}
		return this;
	}

	private void separate() {
		if (hasMembers.peek().booleanValue()) {
			out.append(',');
		} else {
			hasMembers.pop();
			hasMembers.push(Boolean.TRUE);
		}
		newline();
	}

	private void newline() {
		out.append('\n');
		for (int i = 0; i < scopes.size(); i++) {
			out.append("  "); //$NON-NLS-1$
		}
	}

	private void string(String value) {
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			case '\b' -> out.append("\\b"); //$NON-NLS-1$
			case '\f' -> out.append("\\f"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
					out.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
