import type { Area } from '../catalogue.ts';
import type { workshop as en } from '../en/workshop.ts';

export const workshop: Area<typeof en> = {
  'workshop.start': '开始工作坊',
  'workshop.startHint': '在此看板上主持工作坊：由你演示、掌控计时器并引导会议。',
  'workshop.mine': '主持中',
  'workshop.theirs': '{name} 主持',
  'workshop.panel': '工作坊',
  'workshop.mineTitle': '你正在主持',
  'workshop.mineText': '只有你和看板所有者可以演示、使用计时器和更改工作坊。',
  'workshop.theirsTitle': '{name} 正在主持',
  'workshop.theirsText': '只有 {name} 和看板所有者可以演示、使用计时器和更改工作坊。',
  'workshop.left': '{name} 已离开看板。任何可以编辑的人都可以接手。',
  'workshop.handOver': '移交给',
  'workshop.handOverButton': '移交',
  'workshop.nobodyToHandTo': '看板上没有其他可以编辑的人。',
  'workshop.takeOver': '接手主持',
  'workshop.end': '结束工作坊',
  'workshop.summon': '把大家带到我的视图',
  'workshop.summonHint': '地图上的每个人都会看到你此刻看到的内容，并可以回到自己的视图。',
  'workshop.follow': '跟随 {name}',
  'workshop.unfollow': '停止跟随 {name}',
  'workshop.lockStructure': '锁定阶段和泳道',
  'workshop.lockHint': '参与者仍可添加和编辑卡片，但无法移动、重命名或删除阶段或泳道。',
  'workshop.unlockAll': '全部解锁',
  'workshop.noneTitle': '在此看板上开展工作坊',
  'workshop.unnamed': '某人',
};
