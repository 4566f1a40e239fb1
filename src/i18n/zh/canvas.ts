import type { Area } from '../catalogue.ts';
import type { canvas as en } from '../en/canvas.ts';

export const canvas: Area<typeof en> = {
  'canvas.connector.handle': '拖到另一张卡片或便签上即可连接',
  'canvas.connector.exists': '这两项已经连接过了。',
  'canvas.connector.label': '从“{from}”到“{to}”的连接线',
  'canvas.connector.labelled': '从“{from}”到“{to}”的连接线：{label}',
  'canvas.connector.untitled': '未命名',
  'canvas.flow.label': '旅程地图画布',
  'canvas.flow.nodeHint': '按 Enter 或空格键选中。之后用 Alt 加方向键移动卡片，按 Delete 删除，按 Esc 取消选择。',
  'canvas.flow.moved': '已将所选内容向{direction, select, up {上} down {下} left {左} right {右} other {{direction}}}移动。新位置：x {x}，y {y}。',
  'canvas.flow.edgeHint': '按 Enter 或空格键选中连接线，再按 Delete 删除。',
  'canvas.flow.controls': '缩放控件',
  'canvas.flow.zoomIn': '放大',
  'canvas.flow.zoomOut': '缩小',
  'canvas.flow.fitView': '适应画面',
  'canvas.flow.interactive': '锁定或解锁地图',
  'canvas.flow.minimap': '小地图',
};
