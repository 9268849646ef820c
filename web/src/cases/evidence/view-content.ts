/**
 * @module Reading an item's content. The API records each read in the item's chain of custody before it answers, so
 * the case is read again afterwards to show the new step.
 */
import { seg } from '../../api/client';
import type { CaseEvidence } from '../../api/types';
import { fetchFile, saveFile, viewableInTab } from '../files';

/**
 * Opens text, images and PDFs in a new tab, saves anything else under its file name. The tab is opened before the
 * fetch, while the click still counts as the user's: a tab opened after an await is a blocked pop-up.
 */
export async function viewContent(caseId: string, item: CaseEvidence): Promise<void> {
  const tab = viewableInTab(item.mediaType) ? window.open('', '_blank') : null;
  try {
    const file = await fetchFile(`/api/cases/${seg(caseId)}/evidence/${seg(item.id)}/content`, {
      fallbackName: item.fileName,
    });
    // The answer's own type decides: the server sends anything it would not show inline as an attachment.
    if (tab && viewableInTab(file.blob.type)) {
      const url = URL.createObjectURL(file.blob);
      tab.location.href = url;
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } else {
      tab?.close();
      saveFile({ blob: file.blob, fileName: item.fileName });
    }
  } catch (failure) {
    tab?.close();
    throw failure;
  }
}
