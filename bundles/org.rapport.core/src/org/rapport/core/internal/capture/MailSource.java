/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import javax.net.ssl.SSLException;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPSSLStore;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.net.Hosts;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;

/**
 * Reads the headers capture needs from an IMAP account with Angus Mail: From, To, Cc, Date, Message-ID, the headers
 * that mark mailing-list and bulk mail, and Subject only when the account allows it. Only those header fields are
 * fetched ({@code BODY.PEEK[HEADER.FIELDS (...)]}, which neither reads a body nor marks a message read), in batches,
 * from the account's folders or else the inbox and the sent folder, since a day when given. The connection is
 * encrypted ({@code imaps}, or STARTTLS required for {@code imap}) unless the server is this machine.
 */
public final class MailSource {

	private static final String[] HEADERS = { "From", "To", "Cc", "Date", "Message-ID", "List-Id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"List-Unsubscribe", "Precedence", "Auto-Submitted" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String SUBJECT = "Subject"; //$NON-NLS-1$
	private static final String INBOX = "INBOX"; //$NON-NLS-1$
	/** Names sent folders have on servers that do not mark theirs (RFC 6154 {@code \Sent}). */
	private static final List<String> SENT_NAMES = List.of("Sent", "Sent Items", "Sent Messages", "Sent Mail", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"INBOX.Sent", "[Gmail]/Sent Mail"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final int BATCH = 500;
	private static final String TIMEOUT_MS = "20000"; //$NON-NLS-1$

	private final ZoneId zone;

	public MailSource(ZoneId zone) {
		this.zone = zone;
	}

	/** The server's address and how to reach it, checked: its host, port (or -1) and whether to use TLS from the start. */
	record Server(String host, int port, boolean ssl, boolean loopback) {
	}

	/** The server of an account's URL; refuses anything but {@code imap(s)://host[:port]} and plain text off this machine. */
	static Server server(String url) throws CaptureException {
		URI uri;
		try {
			uri = new URI(url.strip());
		} catch (URISyntaxException e) {
			throw new CaptureException(NLS.bind(Messages.Error_badImapUrl, url), e);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (uri.getHost() == null || !scheme.equals("imap") && !scheme.equals("imaps")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new CaptureException(NLS.bind(Messages.Error_badImapUrl, url));
		}
		return new Server(uri.getHost(), uri.getPort(), scheme.equals("imaps"), Hosts.isLoopback(uri.getHost())); //$NON-NLS-1$
	}

	/**
	 * The messages of the account since the day (all when {@code null}), folder by folder, in each folder's order.
	 *
	 * @throws CaptureException           worded for a person: the server cannot be reached, refused the password,
	 *                                    has a certificate that is not trusted, has no such folder
	 * @throws OperationCanceledException when cancelled
	 */
	public List<MailMessage> read(MailAccount account, char[] password, LocalDate since, IProgressMonitor monitor)
			throws CaptureException {
		Server server = server(account.url());
		SubMonitor sub = SubMonitor.convert(monitor, NLS.bind(Messages.Task_readingMail, server.host()), 100);
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		// Jakarta Mail finds its implementation through the context class loader (ServiceLoader); in OSGi that is
		// Angus Mail's own bundle
		thread.setContextClassLoader(IMAPStore.class.getClassLoader());
		IMAPStore store = null;
		try {
			Session session = Session.getInstance(properties(server));
			URLName name = new URLName(server.ssl() ? "imaps" : "imap", server.host(), server.port(), null, //$NON-NLS-1$ //$NON-NLS-2$
					account.user(), null);
			store = server.ssl() ? new IMAPSSLStore(session, name) : new IMAPStore(session, name);
			store.connect(server.host(), server.port(), account.user(), new String(password));
			sub.worked(10);
			List<Folder> folders = folders(store, account);
			List<MailMessage> messages = new ArrayList<>();
			SubMonitor perFolder = sub.split(90).setWorkRemaining(folders.size());
			for (Folder folder : folders) {
				read(folder, account.subjects(), since, messages, perFolder.split(1));
			}
			return messages;
		} catch (AuthenticationFailedException e) {
			throw new CaptureException(NLS.bind(Messages.Error_mailRefused, account.user(), server.host()), e);
		} catch (FolderNotFoundException e) {
			throw new CaptureException(NLS.bind(Messages.Error_noFolder, e.getFolder() == null ? e.getMessage()
					: e.getFolder().getFullName(), server.host()), e);
		} catch (MessagingException e) {
			throw failure(e, server);
		} finally {
			thread.setContextClassLoader(before);
			close(store);
		}
	}

	private static Properties properties(Server server) {
		Properties properties = new Properties();
		for (String protocol : new String[] { "imap", "imaps" }) { //$NON-NLS-1$ //$NON-NLS-2$
			String prefix = "mail." + protocol + "."; //$NON-NLS-1$ //$NON-NLS-2$
			properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MS); //$NON-NLS-1$
			properties.setProperty(prefix + "timeout", TIMEOUT_MS); //$NON-NLS-1$
			properties.setProperty(prefix + "ssl.checkserveridentity", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			// never offer the password in clear text to another machine: STARTTLS or nothing
			properties.setProperty(prefix + "starttls.enable", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			properties.setProperty(prefix + "starttls.required", Boolean.toString(!server.loopback())); //$NON-NLS-1$
		}
		return properties;
	}

	/** The account's folders, or the inbox and the sent folder (marked {@code \Sent}, else by a usual name). */
	private static List<Folder> folders(IMAPStore store, MailAccount account) throws MessagingException {
		List<Folder> folders = new ArrayList<>();
		if (!account.folders().isEmpty()) {
			for (String name : account.folders()) {
				Folder folder = store.getFolder(name);
				if (!folder.exists()) {
					throw new FolderNotFoundException(folder);
				}
				folders.add(folder);
			}
			return folders;
		}
		folders.add(store.getFolder(INBOX));
		Folder sent = sentFolder(store);
		if (sent != null) {
			folders.add(sent);
		}
		return folders;
	}

	private static Folder sentFolder(IMAPStore store) throws MessagingException {
		Folder[] all = store.getDefaultFolder().list("*"); //$NON-NLS-1$
		for (Folder folder : all) {
			if (folder instanceof IMAPFolder imap && Arrays.asList(imap.getAttributes()).contains("\\Sent")) { //$NON-NLS-1$
				return folder;
			}
		}
		for (String name : SENT_NAMES) {
			for (Folder folder : all) {
				if (folder.getFullName().equalsIgnoreCase(name)) {
					return folder;
				}
			}
		}
		return null;
	}

	private void read(Folder folder, boolean subjects, LocalDate since, List<MailMessage> into, SubMonitor monitor)
			throws MessagingException {
		folder.open(Folder.READ_ONLY);
		try {
			Message[] messages = since == null ? folder.getMessages()
					: folder.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(since.atStartOfDay(zone).toInstant())));
			FetchProfile profile = new FetchProfile();
			for (String header : HEADERS) {
				profile.add(header);
			}
			if (subjects) {
				profile.add(SUBJECT);
			}
			monitor.setWorkRemaining(messages.length / BATCH + 1);
			for (int start = 0; start < messages.length; start += BATCH) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				Message[] batch = Arrays.copyOfRange(messages, start, Math.min(messages.length, start + BATCH));
				folder.fetch(batch, profile);
				for (Message message : batch) {
					into.add(toMessage(message, subjects));
				}
				monitor.worked(1);
			}
		} finally {
			folder.close(false);
		}
	}

	private MailMessage toMessage(Message message, boolean subjects) throws MessagingException {
		String id = header(message, "Message-ID"); //$NON-NLS-1$
		String subject = subjects ? decoded(header(message, SUBJECT)) : null;
		return new MailMessage(id, subject, day(header(message, "Date")), sender(message), recipients(message), //$NON-NLS-1$
				bulkHeader(message));
	}

	/** The first value of a header fetched before, unfolded and stripped; {@code null} when absent or blank. */
	private static String header(Message message, String name) throws MessagingException {
		String[] values = message.getHeader(name);
		if (values == null || values.length == 0 || values[0] == null) {
			return null;
		}
		String value = values[0].replaceAll("\\r?\\n[ \\t]*", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return value.isEmpty() ? null : value;
	}

	private static String decoded(String text) {
		if (text == null) {
			return null;
		}
		try {
			return jakarta.mail.internet.MimeUtility.decodeText(text);
		} catch (IOException e) {
			return text;
		}
	}

	private LocalDate day(String date) {
		if (date == null) {
			return null;
		}
		try {
			return new MailDateFormat().parse(date).toInstant().atZone(zone).toLocalDate();
		} catch (ParseException | RuntimeException e) {
			return null; // an unreadable date is a skip reason, not a broken mailbox
		}
	}

	private static String sender(Message message) throws MessagingException {
		List<String> from = addresses(header(message, "From")); //$NON-NLS-1$
		return from.isEmpty() ? null : from.get(0);
	}

	private static List<String> recipients(Message message) throws MessagingException {
		Set<String> all = new LinkedHashSet<>();
		for (String name : new String[] { "To", "Cc" }) { //$NON-NLS-1$ //$NON-NLS-2$
			String[] values = message.getHeader(name);
			if (values != null) {
				for (String value : values) {
					all.addAll(addresses(value));
				}
			}
		}
		return new ArrayList<>(all);
	}

	/** The lower-case addresses of an address header, read leniently (a bad one is left out, not the message). */
	static List<String> addresses(String value) {
		if (value == null) {
			return List.of();
		}
		InternetAddress[] parsed;
		try {
			parsed = InternetAddress.parseHeader(value, false);
		} catch (AddressException e) {
			return List.of();
		}
		List<String> addresses = new ArrayList<>();
		for (InternetAddress address : parsed) {
			if (address.getAddress() != null && address.getAddress().contains("@")) { //$NON-NLS-1$
				addresses.add(address.getAddress().strip().toLowerCase(Locale.ROOT));
			}
		}
		return addresses;
	}

	/** The header that makes the message mailing-list or bulk mail, or {@code null}. */
	static String bulkHeader(Message message) throws MessagingException {
		for (String name : new String[] { "List-Id", "List-Unsubscribe" }) { //$NON-NLS-1$ //$NON-NLS-2$
			if (header(message, name) != null) {
				return name;
			}
		}
		String precedence = header(message, "Precedence"); //$NON-NLS-1$
		if (precedence != null && Set.of("bulk", "list", "junk").contains(precedence.toLowerCase(Locale.ROOT))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return "Precedence: " + precedence; //$NON-NLS-1$
		}
		String auto = header(message, "Auto-Submitted"); //$NON-NLS-1$
		if (auto != null && !auto.toLowerCase(Locale.ROOT).startsWith("no")) { //$NON-NLS-1$
			return "Auto-Submitted: " + auto; //$NON-NLS-1$
		}
		return null;
	}

	/** A failure to connect or read, worded for a person. */
	private static CaptureException failure(MessagingException e, Server server) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof SSLException) {
				return new CaptureException(NLS.bind(Messages.Error_certificate, server.host()), e);
			}
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
				return new CaptureException(NLS.bind(Messages.Error_unreachable, server.host()), e);
			}
		}
		String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
		if (text.contains("starttls")) { //$NON-NLS-1$
			return new CaptureException(NLS.bind(Messages.Error_noTls, server.host()), e);
		}
		if (text.contains("connect")) { //$NON-NLS-1$
			return new CaptureException(NLS.bind(Messages.Error_unreachable, server.host()), e);
		}
		return new CaptureException(NLS.bind(Messages.Error_mailServer, server.host(), e.getMessage()), e);
	}

	private static void close(IMAPStore store) {
		if (store != null) {
			try {
				store.close();
			} catch (MessagingException e) {
				// the messages are read; a failed goodbye changes nothing
			}
		}
	}
}
