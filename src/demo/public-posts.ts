/** @module What the brand-monitoring service finds about Lumen on an ordinary day: reviews, rumours, complaints. */
import { localTime } from './clock.js';
import type { World } from './incidents/incident.js';
import type { Day } from './ordinary-day.js';

const posts = [
  ['微博', 'Lumen K80 续航实测，一天一充没问题'],
  ['知乎', '如何评价 Lumen 的影像算法？'],
  ['机锋论坛', '听说 Lumen 下一代旗舰要用新的潜望镜头，有没有懂的'],
  ['IT之家', 'Lumen 宣布加大研发投入'],
  ['微博', 'Lumen 售后体验吐槽'],
  ['GSMArena', 'Lumen K80 Ultra rumoured for October'],
] as const;

export function publicPostsOfDay(world: World, day: Day): void {
  const rng = world.random.fork('posts', day.date);
  for (let i = rng.poisson(2); i > 0; i--) {
    const [platform, text] = rng.pick(posts);
    world.act.post(localTime(day.date, rng.int(7, 23) + rng.next()), {
      platform,
      url: `https://example-${rng.hex(6)}.cn/p/${rng.int(100_000, 999_999)}`,
      author: `user${rng.int(1000, 99999)}`,
      text,
    });
  }
}
