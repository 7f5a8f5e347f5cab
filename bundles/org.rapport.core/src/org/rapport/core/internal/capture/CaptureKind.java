/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import org.rapport.model.Channel;

/** What is captured: meetings from a calendar or messages from a mailbox; the channel and the words differ. */
public enum CaptureKind {

	MEETINGS(Channel.MEETING, Messages.Command_capture, Messages.Skip_noUid, Messages.Skip_sameUid, Messages.Row_new),
	MAIL(Channel.EMAIL, Messages.Command_captureMail, Messages.Skip_noMessageId, Messages.Skip_sameMessageId,
			Messages.Row_newMail);

	final Channel channel;
	/** {0} the source */
	final String commandLabel;
	final String noId;
	final String sameId;
	/** {0} day, {1} summary, {2} contact names */
	final String rowNew;

	CaptureKind(Channel channel, String commandLabel, String noId, String sameId, String rowNew) {
		this.channel = channel;
		this.commandLabel = commandLabel;
		this.noId = noId;
		this.sameId = sameId;
		this.rowNew = rowNew;
	}

	/** The channel interactions captured so are logged with. */
	public Channel channel() {
		return channel;
	}
}
