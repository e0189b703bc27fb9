/**
 * "Detect news everywhere" (off by default): registered on every http(s) page once the reader
 * grants all-site access. Runs only the cheap article detector, once the page is idle, and tells
 * the background when the page reads as an article. Changes nothing on the page.
 */
import { detectArticle } from '../core/detect.ts';
import { sendMessage } from '../messages.ts';

const detection = detectArticle(document, location.href);
if (detection.isArticle) void sendMessage('event:news-found', { confidence: detection.confidence }).catch(() => undefined);
