import type { Area } from '../catalogue.ts';
import type { app as en } from '../en/app.ts';

export const app: Area<typeof en> = {
  'app.name': 'Journeyboard',
  'app.notFound.title': '页面不存在',
  'app.notFound.text': '这个地址上什么也没有。',
  'app.backToBoards': '返回你的看板',
  'app.ok': '确定',
  'app.import.drop': '拖放 Journeyboard 文件，将其作为新看板打开',
  'app.import.failed': '无法打开此文件',
  'app.import.tooLarge': '“{name}”有 {megabytes} MB，而 Journeyboard 文件最大为 {max} MB。',
  'app.import.unreadable': '无法读取“{name}”。',
  'app.import.problem': '“{name}”：{problem}',
  'app.import.notImported': '无法导入“{name}”：{reason}',
  'app.import.repaired': '已打开，并做了修复',
  'app.import.repairedText': '文件中有些内容前后不一致。看板已打开，并做了以下修改：',
  'app.repair.repeatedIds': '{count} 条记录与其他记录的 ID 重复：已略去重复的记录。',
  'app.repair.unreadablePositions': '{count} 条记录的位置无法读取：已将其排在所在行、单元格或分区的末尾。',
  'app.repair.connectorsToMissingCards': '{count} 条连接线指向文件中不存在的卡片或便签：已略去。',
  'app.repair.commentsOnMissingRecords': '{count} 条评论所针对的内容不在文件中：已略去。',
  'app.repair.locksOnMissingRecords': '{count} 个锁定所针对的阶段、泳道或卡片不在文件中：已略去。',
  'app.repair.votesOnMissingCards': '{count} 个投票所针对的卡片不在文件中：已略去。',
  'app.repair.strategyItemsOnMissingStages': '{count} 个策略条目关联的阶段不在文件中：已解除关联，条目保留。',
  'app.repair.lanesOfMissingPersonas': '{count} 条情绪泳道所属的角色不在文件中：已解除关联，泳道保留。',
};
