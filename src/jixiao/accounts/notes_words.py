"""The lines a 决算/预算 情况说明 names, the words ``accounts.notes`` reads its statements by (and ``read.despace``
takes spaces out of): the accounts tables' own lines, a budget's and a unit's words for them, a government's report's,
its debt; which of them are wholes; the classes as the 2007 classification named them; the level a report names a
line at."""

from __future__ import annotations

LINES = ("本年收入合计", "本年支出合计", "收入总计", "支出总计", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入",
         "国有资本经营预算财政拨款收入", "财政拨款收入", "财政拨款支出", "上级补助收入", "事业收入", "经营收入",
         "附属单位上缴收入", "其他收入", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出",
         "人员经费", "公用经费", "年初结转和结余", "年末结转和结余", "使用非财政拨款结余", "结余分配",
         "财政拨款收支总预算", "收支总预算", "财政拨款收支总决算", "一般公共预算拨款", "上年结转结余",
         "本年一般公共预算拨款支出", "地方一般公共预算收入", "一般公共预算收入", "一般公共预算支出", "税收收入",
         "非税收入", "政府性基金预算收入", "政府性基金预算支出", "税务部门", "财政部门",
         # the two tax offices before their merger in 2018 (其中:国税部门完成A万元,地税部门完成B万元)
         "国税部门", "地税部门", "国税系统", "地税系统",
         # a budget's own words and the unit's totals as a 说明 names them (收入预算, 本单位收入为, 总支出)
         "收入预算", "支出预算", "一般公共预算拨款收入", "一般公共预算拨款支出", "一般公共预算财政拨款支出",
         "本单位收入", "本单位支出", "本部门收入", "本部门支出", "总收入", "总支出", "本年收入", "本年支出",
         "上年结转和结余", "年初结转结余", "年末结转结余", "对个人和家庭的补助", "政府性基金预算拨款收入",
         "国有资本经营预算拨款收入", "财政专户管理资金收入",
         # a government's own budget and final accounts reported in prose (预算执行情况/决算草案的报告)
         "一般公共预算本级收入", "一般公共预算本级支出", "本级收入", "本级支出", "一般公共预算地方收入", "上划中央收入",
         "上划省级收入", "税务系统", "财政系统", "政府性基金收入", "政府性基金支出", "一般公共财政预算支出",
         "一般公共财政预算收入",  # (the general budget as 2011-2014 named it: 公共财政预算)
         "公共财政预算收入", "转移性收入", "转移性支出", "上解支出", "上解上级支出", "债务还本支出", "调入资金",
         "收入合计", "支出合计",
         # a unit's own words for its totals and its economic classes (部门收入, 收入总预算, 工资福利支出预算)
         "部门收入", "部门支出", "收入总预算", "支出总预算", "一般公共预算基本支出", "机关运行经费", "工资福利支出",
         "商品和服务支出", "对个人和家庭补助支出",
         # other words for the same lines (预算总收入, 一般预算财政拨款收入) and a town's transfers; not 人员经费支出
         # or 公用经费支出: a department form states those, and two more lines named made such a form a 说明
         "预算总收入", "预算总支出", "一般预算财政拨款收入", "上级转移支付收入", "上年结转",
         "一般转移支付收入", "专项转移支付收入", "转移支付收入", "本级财政收入", "债务转贷收入", "地方政府债券转贷收入",
         # the older name of the general budget (一般预算, before 2014)
         "一般预算收入", "一般预算支出",
         # a government's debt as its budget (and 预算调整) reports state it
         "政府债务限额", "一般债务限额", "专项债务限额", "法定债务余额", "政府债务余额", "一般债务余额", "专项债务余额",
         # a government's report's words for its two totals (收入总量为…, 支出总量为…) and a unit's (收入总额, 收支总额)
         "收入总量", "支出总量", "收入总额", "支出总额", "收支总额",
         # a hospital's own lines (财政补助收入, 医疗收入, 财政项目补助支出)
         "财政补助收入", "医疗收入", "财政项目补助支出",
         # a report's other books and its words for the revenue (全口径财政收入, 地方财政收入, 地方级收入)
         "国有资本经营预算收入", "国有资本经营预算支出", "社会保险基金预算收入", "社会保险基金预算支出", "财政总收入",
         "全口径财政收入", "地方财政收入", "地方级收入",
         # what a report adds to its own revenue to reach the 收入总量 (加上中央补助X亿元、一般债务收入Y亿元 …)
         "中央补助收入", "中央补助", "上级补助", "一般债务收入", "专项债务收入", "动用预算稳定调节基金",
         # a budget's word for the carried-forward line (本年支出X万元, 结转下年Y万元)
         "结转下年",
         # the gap a report's two totals leave (收支总量相抵,赤字X亿元)
         "赤字", "财政赤字")
WHOLES = {"本年收入合计", "本年支出合计", "收入总计", "支出总计", "财政拨款收支总预算", "收支总预算", "财政拨款收支总决算",
          "地方一般公共预算收入", "一般公共预算收入", "收入预算", "支出预算", "本单位收入", "本单位支出", "本部门收入",
          "本部门支出", "总收入", "总支出", "一般公共预算拨款支出", "一般公共预算财政拨款支出", "一般公共预算支出",
          "一般公共预算本级收入", "一般公共财政预算支出", "一般公共财政预算收入", "公共财政预算收入", "收入合计", "支出合计", "收入总预算", "支出总预算", "部门收入",
          "部门支出", "政府债务限额", "法定债务余额", "政府债务余额", "一般预算收入", "一般预算支出",
          "收入总量", "支出总量", "收入总额", "支出总额", "收支总额", "预算收入", "预算支出", "收入决算", "支出决算",
          "决算收入", "决算支出"}
# the functional classes as the 2007 classification named them, without 支出 ("教育7043.8万元, 医疗卫生908055.4万元")
OLD_CLASSES = ("一般公共服务", "公共安全", "教育", "科学技术", "文化体育与传媒", "社会保障和就业", "医疗卫生", "环境保护",
               "城乡社区事务", "农林水事务", "交通运输", "工业商业金融等事务")
# the level a report names a line at (全县一般公共预算收入 and 县级一般公共预算收入 are two lines; 中央一般公共预算收入
# is the central government's)
LEVEL = (r"(?:中央本级|中央|全国|全县|县级|县本级|全市|市级|市本级|全区|区级|自治区本级|区本级|全省|省级|省本级|全州|州级|州本级|"
         r"全旗|旗级|旗本级|全镇|镇级|镇本级|乡本级|乡镇级|县[(（]区[)）]级?|县区级)")
