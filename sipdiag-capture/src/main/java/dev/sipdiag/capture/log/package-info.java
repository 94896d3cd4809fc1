/**
 * Text logs that hold SIP messages, each a {@link dev.sipdiag.capture.TextLogFormat}:
 * {@link dev.sipdiag.capture.log.PlainSipFormat} (files of raw messages),
 * {@link dev.sipdiag.capture.log.AsteriskPjsipFormat} ({@code pjsip set logger on}),
 * {@link dev.sipdiag.capture.log.AsteriskChanSipFormat} ({@code sip set debug on}),
 * {@link dev.sipdiag.capture.log.FreeSwitchSipTraceFormat} ({@code sofia global siptrace on}),
 * {@link dev.sipdiag.capture.log.KamailioSipdumpFormat} (the sipdump module's text files) and
 * {@link dev.sipdiag.capture.log.SngrepTextFormat} (sngrep's "save as .txt"); {@link
 * dev.sipdiag.capture.log.LogFormats} lists them, detects one from a file's head and finds one by name.
 *
 * <p>Shared rules:
 * <ul>
 *   <li>Logs are streamed line by line; ANSI colour codes and CRs are removed; lines between messages that
 *       belong to none are counted as noise ({@link dev.sipdiag.capture.log.LogStats}).</li>
 *   <li>A message is rebuilt with CRLF line endings and framed by Content-Length; one cut short (header block
 *       without end, body shorter than Content-Length or than the size the log states) is a
 *       {@link dev.sipdiag.capture.Problem} with the line number where its record starts, not a payload.</li>
 *   <li>Direction: a log that says "received from X" gives source X and a null destination (the logging
 *       server's own address is not in the log); "sent to X" gives destination X and a null source. Formats
 *       that name both ends (Kamailio sipdump, sngrep) give both.</li>
 *   <li>Time: a full date and time becomes epoch nanoseconds, read in {@link dev.sipdiag.capture.log.LogTimes#zone}
 *       (UTC unless told otherwise) when the log writes local time. A date without a year takes
 *       {@link dev.sipdiag.capture.log.LogTimes#defaultYear}. A time of day alone (FreeSWITCH) is placed on the
 *       last date the log itself names, else on {@link dev.sipdiag.capture.log.LogTimes#defaultDate}
 *       (1970-01-01, so the value reads as time since midnight), moving on a day when the clock runs back past
 *       midnight. No time at all gives {@link dev.sipdiag.capture.Payload#NO_TIME}.</li>
 * </ul>
 */
package dev.sipdiag.capture.log;
