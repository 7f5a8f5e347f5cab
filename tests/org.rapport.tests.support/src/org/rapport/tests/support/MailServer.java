/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.tests.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import org.eclipse.angus.mail.imap.IMAPStore;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A real IMAP server on 127.0.0.1 (GreenMail, in the test's JVM, on a free port) with one account, whose folders
 * tests fill with messages written as their raw text, headers first, as a mail client would store them.
 */
public final class MailServer implements AutoCloseable {

	private final GreenMail greenMail;
	private final GreenMailUser user;

	private MailServer(GreenMail greenMail, GreenMailUser user) {
		this.greenMail = greenMail;
		this.user = user;
	}

	/** Starts a server with the account {@code login} (its address {@code email}) and its password. */
	public static MailServer start(String email, String login, String password) {
		return withMailClassLoader(() -> {
			GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort());
			greenMail.start();
			return new MailServer(greenMail, greenMail.setUser(email, login, password));
		});
	}

	/** {@code imap://127.0.0.1:PORT}. */
	public String url() {
		return "imap://127.0.0.1:" + greenMail.getImap().getPort();
	}

	/**
	 * Stores a message, given as its raw text (headers, a blank line, the body), in a folder, created if need be;
	 * it arrived (its internal date) when its Date says.
	 */
	public void store(String folderName, String raw) {
		withMailClassLoader(() -> {
			ImapHostManager manager = greenMail.getManagers().getImapHostManager();
			MailFolder folder = manager.getFolder(user, folderName);
			if (folder == null) {
				folder = manager.createMailbox(user, folderName);
			}
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
			Date sent = message.getSentDate();
			folder.appendMessage(message, new Flags(), sent == null ? new Date() : sent);
			return null;
		});
	}

	@Override
	public void close() {
		greenMail.stop();
	}

	private interface Action<T> {
		T run() throws Exception;
	}

	/**
	 * Runs with Angus Mail's class loader as the context class loader, through which Jakarta Mail finds its
	 * implementation; GreenMail's server threads, started so, inherit it.
	 */
	private static <T> T withMailClassLoader(Action<T> action) {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		thread.setContextClassLoader(IMAPStore.class.getClassLoader());
		try {
			return action.run();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		} finally {
			thread.setContextClassLoader(before);
		}
	}
}
