/** The volumes a user read last on this device (newest first), so 阅卷 offers to go back to them. */
export interface RecentVolume {
  caseId: string;
  volume: string;
  at: string;
}

const KEEP = 8;
const keyOf = (userId: string) => `courtDesk.recentReading.${userId}`;

export function recentVolumes(userId: string): RecentVolume[] {
  try {
    const list = JSON.parse(localStorage.getItem(keyOf(userId)) ?? '[]') as RecentVolume[];
    return Array.isArray(list) ? list.filter((r) => typeof r.caseId === 'string' && typeof r.volume === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberVolume(userId: string, caseId: string, volume: string): void {
  const rest = recentVolumes(userId).filter((r) => !(r.caseId === caseId && r.volume === volume));
  localStorage.setItem(keyOf(userId), JSON.stringify([{ caseId, volume, at: new Date().toISOString() }, ...rest].slice(0, KEEP)));
}
